import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, defaultReporter } from '@web/test-runner';
import puppeteerCore from 'puppeteer-core';
import { plainSummaryReporter } from './scripts/plain-summary-reporter.mjs';
import { findBrowser, QUIET_CHROMIUM_ARGS } from './scripts/browsers.mjs';
import { webkitLauncher } from './scripts/webkit.mjs';
import { startPastedTagsNetwork } from './test/e2e/pasted-tags/server.mjs';
import { consentServiceMiddleware, consentServiceShutdown } from './test/fixtures/consent-service.mjs';
import { pastedPages } from './test/configurator/pasted-page.mjs';

// Host names for the parent-domain cookie tests: shop.consent.test and consent.test point here.
const TEST_HOSTS = ['shop.consent.test', 'consent.test'];

// Sample trackers in test/e2e report here; tests read what reached the "server" per run id.
const trackerHits = new Map();
const recordHit = (run, hit) => trackerHits.set(run, [...(trackerHits.get(run) ?? []), hit]);

// The vendors' real host names over HTTPS, for test/e2e/pasted-tags.test.ts: every browser goes through
// this proxy (test/e2e/pasted-tags/server.mjs), which keeps all requests on this machine, and accepts its
// self-signed certificate.
// Without it (no openssl, say) only those tests fail, saying why; the others run as before.
const network = await startPastedTagsNetwork({ recordHit, testHosts: TEST_HOSTS }).catch((error) => {
  console.error(`test/e2e/pasted-tags.test.ts cannot run: ${error.message}`);
  return null;
});
const [proxyHost, proxyPort] = network?.proxy.split(':') ?? [];

const chromiumArgs = [
  ...QUIET_CHROMIUM_ARGS,
  `--host-resolver-rules=${TEST_HOSTS.map((host) => `MAP ${host} 127.0.0.1`).join(', ')}`,
  ...(network ? [`--proxy-server=http://${network.proxy}`, '--ignore-certificate-errors'] : []),
];
async function recordTrackerHits(context, next) {
  if (context.path === '/tracker-hit') {
    recordHit(context.query.run, context.query.tracker);
    context.status = 204;
    return;
  }
  if (context.path === '/tracker-log') {
    context.body = JSON.stringify(trackerHits.get(context.query.run) ?? []);
    context.type = 'application/json';
    return;
  }
  return next();
}

// The unsubscribe endpoint of the e-mail link clause, logging what it receives (consent records, the admin
// API and /admin/ go to the real consent service: test/fixtures/consent-service.mjs). `?fail=N` makes the
// first N calls of a run answer 503, so tests can watch retries and recovery.
const attempts = new Map();
const unsubscribeRequests = new Map();
/** The strict page of the hostile-pages tests is served with the policy a careful site would use. */
const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'nonce-c5p7e5t'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";
async function strictCsp(context, next) {
  await next();
  if (context.path.endsWith('/fixtures/csp.html')) context.set('Content-Security-Policy', STRICT_CSP);
}

/**
 * /slow-core/dist/…: the widget's files, with consent-banner-core.js held back 2 s, as on a slow network, so
 * that a test can decide and leave the page before the core arrives (test/e2e/fixtures/slow-core-site.html).
 */
async function slowCore(context, next) {
  if (!context.path.startsWith('/slow-core/dist/')) return next();
  if (context.path.endsWith('/consent-banner-core.js')) await new Promise((resolve) => setTimeout(resolve, 2000));
  context.url = context.url.slice('/slow-core'.length);
  return next();
}

async function siteEndpoints(context, next) {
  const { run = '', fail = '0' } = context.query;
  const failing = () => {
    const key = `${context.path}:${run}`;
    const count = attempts.get(key) ?? 0;
    attempts.set(key, count + 1);
    if (count >= Number(fail)) return false;
    context.status = 503;
    return true;
  };
  if (context.path === '/unsubscribe' && context.method === 'POST') {
    if (failing()) return;
    let body = '';
    for await (const chunk of context.req) body += chunk;
    unsubscribeRequests.set(run, [...(unsubscribeRequests.get(run) ?? []), JSON.parse(body)]);
    context.status = 204;
    return;
  }
  if (context.path === '/unsubscribe-log') {
    const lines = unsubscribeRequests.get(run) ?? [];
    context.body = JSON.stringify({ entries: lines, attempts: attempts.get(`/unsubscribe:${run}`) ?? 0 });
    context.type = 'application/json';
    return;
  }
  return next();
}

const only = process.env.WTR_BROWSERS?.split(',');
const browsers = [
  chromeLauncher({ launchOptions: { executablePath: findBrowser('chromium'), args: chromiumArgs } }),
  chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath: findBrowser('firefox'),
      headless: true,
      acceptInsecureCerts: true,
      extraPrefsFirefox: {
        'network.dns.localDomains': TEST_HOSTS.join(','),
        ...(network && {
          'network.proxy.type': 1,
          'network.proxy.http': proxyHost,
          'network.proxy.http_port': Number(proxyPort),
          'network.proxy.ssl': proxyHost,
          'network.proxy.ssl_port': Number(proxyPort),
        }),
      },
    },
  }),
  // Debian's WebKitGTK MiniBrowser through WebDriver, under its own Xvfb (scripts/webkit.mjs). The WebDriver
  // proxy capability does not reach its https requests; MiniBrowser's own --proxy does.
  network
    ? webkitLauncher({ browserArgs: [`--proxy=http://${network.proxy}`, '--ignore-host=localhost', '--ignore-host=127.0.0.1', '--ignore-tls-errors'] })
    : webkitLauncher({ hosts: TEST_HOSTS }),
].filter((launcher) => !only || only.some((name) => launcher.name.toLowerCase().includes(name)));

export default {
  files: ['test/**/*.test.ts'],
  // Production builds of Lit: no dev-mode banner in every test's log.
  nodeResolve: { exportConditions: ['production'] },
  rootDir: '.',
  concurrency: 1,
  concurrentBrowsers: 2,
  testsFinishTimeout: 300_000,
  browserStartTimeout: 120_000,
  browsers,
  middleware: [strictCsp, recordTrackerHits, slowCore, consentServiceMiddleware(), siteEndpoints, pastedPages],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), consentServiceShutdown()],
  testFramework: { config: { timeout: 10_000 } },
  reporters: [defaultReporter(), plainSummaryReporter()],
};
