#!/usr/bin/env node
// `consent-banner scan URL`: what a site stores and where it sends data before
// (and, with --accept, after) consent, as a draft vendors config and 外部送信 table;
// with --check, a pass/fail verdict for CI.
import { parseArgs } from 'node:util';

const HELP = `Usage: consent-banner scan URL [--pages N] [--accept] [--json] [--check [--allow HOST,…]]

Opens URL in headless Chromium without consenting to anything, visits up to N
more same-origin pages linked from it, and lists every cookie (first- or
third-party), localStorage and sessionStorage key and third-party host it sees,
matched against the built-in vendor catalogue. Then prints a draft "vendors"
config for window.consentBannerConfig and a draft 外部送信 table (Markdown) for
the site owner to review.

Options:
  --pages N     same-origin pages to visit after the start page (default 3)
  --accept      then call window.consentBanner.acceptAll() if the site has it,
                scan the same pages again and report what appears only after consent
  --json        print the scan and the report as JSON
  --check       instead of the report, fail if before any decision the site
                requests a third-party host, writes a vendor's or third party's
                cookie or storage key, or has an iframe, embed or script with a
                third-party address written in its HTML without data-consent;
                lists each offender (with --json, adds "check" to the JSON)
  --allow HOST  with --check, hosts (and their subdomains) allowed before consent,
                comma-separated or repeated, e.g. --allow cdn.jsdelivr.net
  -h, --help    show this help

Exit codes:
  0  scanned (with --check: nothing was sent or stored for a third party)
  1  --check found offenders
  2  wrong usage
  3  the scan could not run or a page failed to load (no Chromium, no
     puppeteer-core, the site unreachable): nothing was checked

In CI:  npx -p consent-banner -p puppeteer-core consent-banner scan https://shop.example.jp/ --check

Needs puppeteer-core (npm install --save-dev puppeteer-core) and Chromium:
/usr/bin/chromium or the browser at $CHROMIUM_PATH.`;

const EXIT = { ok: 0, offenders: 1, usage: 2, failed: 3 };

function usage(message) {
  console.error(`consent-banner: ${message}\n\n${HELP}`);
  process.exit(EXIT.usage);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      pages: { type: 'string', default: '3' },
      accept: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      allow: { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (error) {
  usage(error.message);
}
const { values, positionals } = parsed;
if (values.help || !positionals.length) {
  console.log(HELP);
  process.exit(EXIT.ok);
}
const [command, url, ...extra] = positionals;
if (command !== 'scan') usage(`unknown command "${command}"`);
if (!url || extra.length) usage('scan takes one URL');
if (!/^https?:\/\//i.test(url) || !URL.canParse(url)) usage(`not an http(s) URL: ${url}`);
const pages = Number(values.pages);
if (!Number.isInteger(pages) || pages < 0) usage(`--pages must be a whole number, 0 or more; got ${values.pages}`);
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
    process.exitCode = !check.passed ? EXIT.offenders : result.errors.length ? EXIT.failed : EXIT.ok;
  }
} catch (error) {
  console.error(`consent-banner: ${error instanceof SetupError ? error.message : String(error?.message ?? error).split('\n')[0]}`);
  process.exitCode = EXIT.failed;
}
