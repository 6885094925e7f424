// `npm start`: serves the demo site and the built widget from the repository root, with the consent service
// (embedded PGlite database in ./consent-data) mounted on the same origin: the widget's records and
// unsubscribes go to it, and its admin page is at /admin/. Logs what the demo's sample trackers send, so a
// person can watch requests start after a grant and stop after a withdrawal.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { startDevServer } from '@web/dev-server';
import { createConsentService, createOptOutLink } from '../dist/service/index.js';

const port = Number(process.env.PORT ?? 8000);
const dataDir = process.env.CONSENT_DATA ?? './consent-data';
// The admin token is new on every start unless you set one; it is printed below for you to type.
const adminToken = process.env.CONSENT_ADMIN_TOKEN || randomBytes(12).toString('base64url');
// A fixed key so the demo's links keep working across restarts. A real site sets its own CONSENT_SECRET.
const secret = process.env.CONSENT_SECRET || 'demo-only-secret-do-not-use-in-production';
const base = `http://localhost:${port}`;

const service = await createConsentService({
  dataDir,
  adminToken,
  secret,
  origins: [base, `http://127.0.0.1:${port}`],
  log: { info: (m) => console.log(`[service] ${m}`), warn: (m) => console.warn(`[service] ${m}`), error: (m) => console.error(`[service] ${m}`) },
});

// The sample e-mail's link: a real signed token for one made-up customer of the shop's mail system.
const recipient = 'demo-customer-0042';
const link = createOptOutLink({ secret, recipient, category: 'marketing', site: `${base}/demo/index.html`, serviceUrl: base });
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The demo trackers' endpoint: answers 204 and prints one line per request. */
async function collect(context, next) {
  if (context.path !== '/collect') return next();
  const tracker = context.query.tracker ?? 'unknown';
  console.log(`[collect] ${new Date().toISOString()} ${tracker} ${context.querystring}`);
  context.status = 204;
}

/** /configurator/ is the built configurator, dist/configurator/, whose preview loads the widget from beside it (../). */
async function configurator(context, next) {
  if (context.path !== '/configurator' && context.path !== '/configurator/') return next();
  context.redirect(`/dist/configurator/${context.querystring ? `?${context.querystring}` : ''}`);
}

/** demo/mail.html with the signed link and its List-Unsubscribe headers in place of the placeholders. */
async function sampleMail(context, next) {
  if (context.path !== '/demo/mail.html') return next();
  const page = await readFile(new URL('../demo/mail.html', import.meta.url), 'utf8');
  const headers = Object.entries(link.headers).map(([name, value]) => `${name}: ${value}`).join('\n');
  context.type = 'text/html; charset=utf-8';
  context.body = page.replaceAll('DEMO-TOKEN-MADE-AT-START', encodeURIComponent(link.token)).replace('DEMO-HEADERS-MADE-AT-START', escapeHtml(headers));
}

const SERVICE_PATHS = /^\/(consent-records|unsubscribe|one-click|health|api\/.*|admin(\/.*)?)$/;
/** The consent service, on the demo's origin as a site would mount it beside its pages. */
async function consentService(context, next) {
  if (!SERVICE_PATHS.test(context.path)) return next();
  context.respond = false;
  const { res } = context;
  if (context.method === 'POST') {
    res.once('finish', () => {
      const what = { '/consent-records': 'record', '/unsubscribe': 'unsubscribe', '/one-click': 'one-click unsubscribe' }[context.path] ?? context.path;
      const outcome = res.statusCode < 300 ? 'stored' : `refused (${res.statusCode})`;
      console.log(`[service] ${new Date().toISOString()} ${what} ${outcome}: see ${base}/admin/`);
    });
  }
  await service.node(context.req, res);
}

const server = await startDevServer({
  config: { rootDir: '.', port, hostname: '127.0.0.1', middleware: [collect, configurator, sampleMail, consentService], watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
  // Stopping is ours (below): the service must close its database before the process exits.
  autoExitProcess: false,
});

const url = `http://localhost:${server.config.port}/demo/`;
console.log(`
consent-banner demo
  Demo site:     ${url}   (English: ${url}?lang=en)
  Admin page:    http://localhost:${server.config.port}/admin/   admin token: ${adminToken}
  Configurator:  http://localhost:${server.config.port}/configurator/   (builds a site's tag and 外部送信 page, with a live preview)
  Sample e-mail: ${url}mail.html   (its link is signed for recipient "${recipient}"; opening it stops "marketing" mail)
  Records and unsubscribes are kept in ${dataDir} (embedded PostgreSQL, PGlite); delete it to start over.
Press Ctrl+C to stop.
`);

const stop = async () => {
  await server.stop();
  await service.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
