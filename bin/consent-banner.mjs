#!/usr/bin/env node
// `consent-banner scan URL`: what a site stores and where it sends data before
// (and, with --accept, after) consent, as a draft vendors config and 外部送信 table.
import { parseArgs } from 'node:util';

const HELP = `Usage: consent-banner scan URL [--pages N] [--accept] [--json]

Opens URL in headless Chromium without consenting to anything, visits up to N
more same-origin pages linked from it, and lists every cookie (first- or
third-party), localStorage and sessionStorage key and third-party host it sees,
matched against the built-in vendor catalogue. Then prints a draft "vendors"
config for window.consentBannerConfig and a draft 外部送信 table (Markdown) for
the site owner to review.

Options:
  --pages N    same-origin pages to visit after the start page (default 3)
  --accept     then call window.consentBanner.acceptAll() if the site has it,
               scan the same pages again and report what appears only after consent
  --json       print the scan and the report as JSON
  -h, --help   show this help

Needs puppeteer-core (npm install --save-dev puppeteer-core) and Chromium:
/usr/bin/chromium or the browser at $CHROMIUM_PATH.`;

function usage(message) {
  console.error(`consent-banner: ${message}\n\n${HELP}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      pages: { type: 'string', default: '3' },
      accept: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (error) {
  usage(error.message);
}
const { values, positionals } = parsed;
if (values.help || !positionals.length) {
  console.log(HELP);
  process.exit(0);
}
const [command, url, ...extra] = positionals;
if (command !== 'scan') usage(`unknown command "${command}"`);
if (!url || extra.length) usage('scan takes one URL');
if (!/^https?:\/\//i.test(url) || !URL.canParse(url)) usage(`not an http(s) URL: ${url}`);
const pages = Number(values.pages);
if (!Number.isInteger(pages) || pages < 0) usage(`--pages must be a whole number, 0 or more; got ${values.pages}`);

const { scan, SetupError } = await import('../scanner/scan.mjs');
const { buildReport, formatReport } = await import('../scanner/report.mjs');
try {
  const result = await scan(url, { pages, accept: values.accept });
  const report = buildReport(result);
  console.log(values.json ? JSON.stringify({ ...result, report }, null, 2) : formatReport(result, report));
} catch (error) {
  console.error(`consent-banner: ${error instanceof SetupError ? error.message : String(error?.message ?? error).split('\n')[0]}`);
  process.exitCode = 1;
}
