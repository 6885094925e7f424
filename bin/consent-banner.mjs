#!/usr/bin/env node
// consent-banner CLI: `scan` (what a site stores and sends before consent), `serve` (the consent service),
// `verify` (its records' hash chain) and `link` (a signed e-mail opt-out link).
import { parseArgs } from 'node:util';

const HELP = `Usage: consent-banner <command> [options]

Commands:
  serve    run the consent service (records, opt-out links, admin page)
  verify   check the hash chain of the stored consent records
  link     print a signed e-mail opt-out link and its List-Unsubscribe headers
  scan     list what a site stores and sends before (and after) consent

consent-banner serve [--port 8787] [--host 0.0.0.0] [--data ./consent-data]
                     [--origin URL]... [--retention-months 36] [--webhook URL]
                     [--service URL] [--rate-limit 120] [--trust-proxy]
  Stores records in the embedded database in --data, or in PostgreSQL when
  DATABASE_URL is set. --origin (repeatable, or comma-separated) names the sites
  whose pages may send records from the browser. Records older than
  --retention-months are removed daily. --webhook gets a signed POST per
  suppression change (needs CONSENT_WEBHOOK_SECRET). --service is the public
  URL of this service (printed links use it). Environment: DATABASE_URL,
  CONSENT_SECRET, CONSENT_SECRET_PREVIOUS, CONSENT_ADMIN_TOKEN,
  CONSENT_WEBHOOK_SECRET. Secrets are read from the environment only.

consent-banner verify [--data ./consent-data] [--json]
  Checks every stored record against the SHA-256 chain (DATABASE_URL for
  PostgreSQL) and names the first broken row. With --service URL it asks a
  running service instead (needs CONSENT_ADMIN_TOKEN), e.g. while it holds
  the embedded database.

consent-banner link --recipient ID --category marketing --site URL [--service URL] [--json]
  Prints the link for the e-mail body and the List-Unsubscribe and
  List-Unsubscribe-Post headers (one-click needs --service). ID is an opaque
  id from your mail system, never the address. Needs CONSENT_SECRET.

consent-banner scan URL [--pages N] [--accept] [--json] [--check [--allow HOST,…]]
  Opens URL in headless Chromium without consenting to anything, visits up to N
  more same-origin pages (default 3), lists every cookie, storage key and
  third-party host, matched against the vendor catalogue, and prints a draft
  "vendors" config and 外部送信 table. --accept then accepts all and scans
  again. Needs puppeteer-core and Chromium (/usr/bin/chromium or $CHROMIUM_PATH).
  --check       instead of the report, fail if before any decision the site
                requests a third-party host, writes a vendor's or third party's
                cookie or storage key, or has an iframe, embed or script with a
                third-party address written in its HTML without data-consent;
                lists each offender (with --json, adds "check" to the JSON)
  --allow HOST  with --check, hosts (and their subdomains) allowed before consent,
                comma-separated or repeated, e.g. --allow cdn.jsdelivr.net
  In CI:  npx -p consent-banner -p puppeteer-core consent-banner scan https://shop.example.jp/ --check

Exit codes:
  0  success (verify: chain intact; scan --check: nothing was sent or stored
     for a third party before a decision)
  1  verify found a broken chain; scan --check found offenders; or a run-time
     failure of serve, verify or link (database unreachable, port in use)
  2  wrong usage or configuration (unknown option, missing secret, a server
     package not installed)
  3  scan could not run or a page failed to load (no Chromium, no
     puppeteer-core, the site unreachable): nothing was checked

  -h, --help   show this help`;

function usage(message) {
  console.error(`consent-banner: ${message}\n\nRun consent-banner --help for the commands and options.`);
  process.exit(2);
}
function fail(message, code = 1) {
  console.error(`consent-banner: ${message}`);
  process.exit(code);
}

const OPTIONS = {
  scan: {
    pages: { type: 'string', default: '3' },
    accept: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    allow: { type: 'string', multiple: true, default: [] },
  },
  serve: {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '0.0.0.0' },
    data: { type: 'string', default: './consent-data' },
    origin: { type: 'string', multiple: true, default: [] },
    'retention-months': { type: 'string', default: '36' },
    webhook: { type: 'string' },
    service: { type: 'string' },
    'rate-limit': { type: 'string', default: '120' },
    'trust-proxy': { type: 'boolean', default: false },
  },
  verify: { data: { type: 'string', default: './consent-data' }, service: { type: 'string' }, json: { type: 'boolean', default: false } },
  link: {
    recipient: { type: 'string' },
    category: { type: 'string', default: 'marketing' },
    site: { type: 'string' },
    service: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
};

const args = process.argv.slice(2);
if (!args.length || args[0] === '-h' || args[0] === '--help') {
  console.log(HELP);
  process.exit(0);
}
const command = args[0];
if (!OPTIONS[command]) usage(`unknown command "${command}"`);
let parsed;
try {
  parsed = parseArgs({ args: args.slice(1), allowPositionals: true, options: { ...OPTIONS[command], help: { type: 'boolean', short: 'h', default: false } } });
} catch (error) {
  usage(error.message);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const wholeNumber = (name, min = 0) => {
  const value = Number(values[name]);
  if (!Number.isInteger(value) || value < min) usage(`--${name} must be a whole number, ${min} or more; got ${values[name]}`);
  return value;
};
const httpUrl = (name) => {
  const value = values[name];
  if (value !== undefined && (!/^https?:\/\//i.test(value) || !URL.canParse(value))) usage(`--${name} is not an http(s) URL: ${value}`);
  return value;
};

async function loadService() {
  try {
    return await import('../dist/service/index.js');
  } catch (error) {
    fail(`the service is not built (${error.message.split('\n')[0]}); run npm run build`, 2);
  }
}

if (command === 'scan') {
  const [url, ...extra] = positionals;
  if (!url || extra.length) usage('scan takes one URL');
  if (!/^https?:\/\//i.test(url) || !URL.canParse(url)) usage(`not an http(s) URL: ${url}`);
  const pages = wholeNumber('pages');
  const allow = values.allow.flatMap((list) => list.split(',')).map((host) => host.trim().toLowerCase()).filter(Boolean);
  if (allow.length && !values.check) usage('--allow goes with --check');
  const badHost = allow.find((host) => !/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host));
  if (badHost) usage(`--allow takes host names such as cdn.example.com; got ${badHost}`);
  const { scan, SetupError } = await import('../scanner/scan.mjs');
  const { buildReport, checkBeforeConsent, formatCheck, formatReport } = await import('../scanner/report.mjs');
  try {
    const result = await scan(url, { pages, accept: values.accept });
    const report = buildReport(result);
    if (!values.check) {
      console.log(values.json ? JSON.stringify({ ...result, report }, null, 2) : formatReport(result, report));
    } else {
      const check = checkBeforeConsent(result, { allow });
      console.log(values.json ? JSON.stringify({ ...result, report, check }, null, 2) : formatCheck(result, check));
      // A page that failed to load was not checked: say so, and do not pass.
      for (const { url: failed, message } of result.errors) console.error(`consent-banner: not checked: ${failed}: ${message}`);
      process.exitCode = !check.passed ? 1 : result.errors.length ? 3 : 0;
    }
  } catch (error) {
    console.error(`consent-banner: ${error instanceof SetupError ? error.message : String(error?.message ?? error).split('\n')[0]}`);
    process.exitCode = 3;
  }
} else if (positionals.length) {
  usage(`${command} takes no arguments besides options; got ${positionals.join(' ')}`);
} else if (command === 'link') {
  if (!values.recipient) usage('link needs --recipient ID (an opaque id from your mail system)');
  if (!values.site) usage('link needs --site URL (the page of your site that runs the widget)');
  httpUrl('site');
  httpUrl('service');
  const secret = process.env.CONSENT_SECRET;
  if (!secret) fail('link needs CONSENT_SECRET in the environment (the same key the service uses)', 2);
  if (values.category === 'service') fail('"service" is never opted out by a link', 2);
  const { createOptOutLink } = await loadService();
  let link;
  try {
    link = createOptOutLink({ secret, recipient: values.recipient, category: values.category, site: values.site, serviceUrl: values.service });
  } catch (error) {
    fail(error.message, 2);
  }
  if (values.json) console.log(JSON.stringify(link, null, 2));
  else {
    console.log(`Link for the e-mail body:\n${link.url}\n\nHeaders:`);
    for (const [name, value] of Object.entries(link.headers)) console.log(`${name}: ${value}`);
    if (!values.service) console.log('\n(Give --service URL for RFC 8058 one-click unsubscribe: List-Unsubscribe-Post needs the service.)');
  }
} else if (command === 'verify') {
  let result;
  if (values.service) {
    httpUrl('service');
    const token = process.env.CONSENT_ADMIN_TOKEN;
    if (!token) fail('verify --service needs CONSENT_ADMIN_TOKEN in the environment', 2);
    let response;
    try {
      response = await fetch(new URL('api/verify', values.service.endsWith('/') ? values.service : `${values.service}/`), { headers: { authorization: `Bearer ${token}` } });
    } catch (error) {
      fail(`cannot reach ${values.service}: ${error.cause?.message ?? error.message}`);
    }
    if (!response.ok) fail(`${values.service} answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
    result = await response.json();
  } else {
    const { verifyConsentStore, MissingPackageError } = await loadService();
    try {
      result = await verifyConsentStore({ dataDir: values.data, log: { info() {}, warn: (m) => console.error(m), error: (m) => console.error(m) } });
    } catch (error) {
      const hint = /is in use by process/.test(error.message) ? ' While the service runs, ask it: consent-banner verify --service URL (with CONSENT_ADMIN_TOKEN).' : '';
      fail(error.message + hint, error instanceof MissingPackageError ? 2 : 1);
    }
  }
  if (values.json) console.log(JSON.stringify(result, null, 2));
  else if (result.ok)
    console.log(`Chain intact: ${result.rows} record${result.rows === 1 ? '' : 's'}${result.anchor ? ` after the purge anchor (row ${result.anchor.seq})` : ''}. Head hash: ${result.head}`);
  else {
    const broken = result.firstBroken;
    console.log(`Chain BROKEN at row ${broken.seq} (recordId ${broken.recordId}): ${broken.reason}. ${result.rows} rows before it are intact.`);
  }
  process.exitCode = result.ok ? 0 : 1;
} else if (command === 'serve') {
  const port = wholeNumber('port');
  if (port > 65535) usage(`--port must be 0 to 65535; got ${port}`);
  const retentionMonths = wholeNumber('retention-months', 1);
  const rateLimit = wholeNumber('rate-limit');
  httpUrl('webhook');
  httpUrl('service');
  const origins = values.origin.flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
  for (const origin of origins) if (!/^https?:\/\//i.test(origin) || !URL.canParse(origin)) usage(`--origin is not an http(s) URL: ${origin}`);
  const { createConsentService, MissingPackageError, redactUrl } = await loadService();
  const http = await import('node:http');
  let service;
  try {
    service = await createConsentService({
      dataDir: values.data,
      origins,
      retentionMonths,
      webhook: values.webhook,
      rateLimit,
      trustProxy: values['trust-proxy'],
    });
  } catch (error) {
    const configProblem = error instanceof MissingPackageError || /CONSENT_WEBHOOK_SECRET|retentionMonths|is not a URL|must not carry/.test(error.message);
    fail(`cannot start: ${process.env.DATABASE_URL ? error.message.replaceAll(process.env.DATABASE_URL, redactUrl(process.env.DATABASE_URL)) : error.message}`, configProblem ? 2 : 1);
  }
  const server = http.createServer(service.node);
  server.keepAliveTimeout = 65_000;
  server.on('error', async (error) => {
    await service.close().catch(() => {});
    fail(error.code === 'EADDRINUSE' ? `port ${port} is in use` : error.message);
  });
  server.listen(port, values.host, () => {
    const local = `http://${values.host === '0.0.0.0' || values.host === '::' ? 'localhost' : values.host}:${server.address().port}`;
    const base = values.service ?? local;
    console.log(`Consent service listening on ${local} (store: ${service.store})`);
    console.log(`  records:  POST ${base}/consent-records`);
    console.log(`  health:   ${base}/health`);
    if (process.env.CONSENT_ADMIN_TOKEN) console.log(`  admin:    ${base}/admin/`);
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    server.close();
    server.closeIdleConnections?.();
    await service.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
