// Runs in Node (node --test), after `npm run build`: `consent-banner scan --check` in the system's Chromium.
// The pasted-snippets shop (pasted-site.mjs) is served over HTTPS under its real host names; the CLI's
// verdicts and exit codes are checked on the plain-HTTP fixture site (fixture-server.mjs).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { checkBeforeConsent } from '../../scanner/report.mjs';
import { scan } from '../../scanner/scan.mjs';
import { startFixtureServer } from './fixture-server.mjs';
import { startPastedSite } from './pasted-site.mjs';

const cli = join(new URL('../../', import.meta.url).pathname, 'bin/consent-banner.mjs');
const run = (args) =>
  promisify(execFile)(process.execPath, [cli, ...args], { timeout: 120_000 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );

/** The hosts each pasted snippet loads from, and the first-party cookies its tag writes. */
const SNIPPET_HOSTS = [
  'www.googletagmanager.com', // GTM and gtag.js
  'connect.facebook.net',
  'www.clarity.ms',
  'static.hotjar.com',
  'd.line-scdn.net',
  's.yimg.jp',
  'www.youtube.com', // the embed
];
const SNIPPET_COOKIES = ['_ga', '_fbp', '_clck', '_hjSession_1234567', '__lt__cid', '_yjsu_yjad'];

let pasted;
let fixture;
before(async () => {
  [pasted, fixture] = await Promise.all([startPastedSite(), startFixtureServer()]);
});
after(() => Promise.all([pasted?.close(), fixture?.close()]));

test('fails the shop with the vendors’ snippets pasted and no widget, naming every offender', { timeout: 120_000 }, async () => {
  const result = await scan(pasted.url(), { pages: 0, browserArgs: pasted.browserArgs });
  assert.deepEqual(result.errors, []);
  const check = checkBeforeConsent(result);
  assert.equal(check.passed, false);
  const hosts = check.hosts.map((h) => h.host);
  for (const host of SNIPPET_HOSTS) assert.ok(hosts.includes(host), `${host} in ${hosts}`);
  const gtm = check.hosts.find((h) => h.host === 'www.googletagmanager.com');
  assert.deepEqual(gtm.vendors, ['ga4', 'gtm'], 'gtag.js?id=G- is GA4, gtm.js the container');
  const cookies = check.cookies.map((c) => c.name);
  for (const name of SNIPPET_COOKIES) assert.ok(cookies.includes(name), `${name} in ${cookies}`);
  assert.equal(check.cookies.find((c) => c.name === '_fbp').setBy, 'https://connect.facebook.net/en_US/fbevents.js');
  assert.deepEqual(
    check.embeds.map((e) => [e.tag, e.vendors[0]]),
    [
      ['script', 'ga4'],
      ['script', 'yahoo-ads'],
      ['iframe', 'youtube'],
      ['iframe', 'google-maps'],
    ],
    'the tags and embeds written in the HTML, which no script can hold',
  );
});

for (const [variant, how] of [
  ['autoblock', 'the widget with autoBlock and catalogue ids (HTML-written tags and embeds marked, as the check asks)'],
  ['marked', 'the widget and every tag marked by hand'],
]) {
  test(`passes the same shop with ${how}, and the tags run once accepted`, { timeout: 120_000 }, async () => {
    const result = await scan(pasted.url(variant), { pages: 0, accept: true, browserArgs: pasted.browserArgs });
    assert.deepEqual(result.errors, []);
    assert.equal(result.consentBanner, pasted.url(variant), 'the widget is on the page');
    const check = checkBeforeConsent(result);
    assert.deepEqual({ hosts: check.hosts, cookies: check.cookies, storage: check.storage, embeds: check.embeds }, { hosts: [], cookies: [], storage: [], embeds: [] });
    assert.equal(check.passed, true);
    // Not a pass by accident: after Accept all the same tags load and write their cookies.
    assert.equal(result.accepted, true);
    const later = result.after.hosts.map((h) => h.host);
    for (const host of SNIPPET_HOSTS) assert.ok(later.includes(host), `${host} after consent, in ${later}`);
    const laterCookies = result.after.cookies.map((c) => c.name);
    for (const name of SNIPPET_COOKIES) assert.ok(laterCookies.includes(name), `${name} after consent, in ${laterCookies}`);
  });
}

test('the CLI exits 1 listing the offenders, 0 on a clean page, 3 when nothing could be checked', { timeout: 180_000 }, async () => {
  const failing = await run(['scan', fixture.url, '--check', '--pages', '0']);
  assert.equal(failing.code, 1, failing.stderr);
  assert.match(failing.stdout, /^consent-banner scan --check: FAILED, \d+ problems on /);
  assert.match(failing.stdout, /^ {4}127\.0\.0\.1 +\d+ requests?$/m, 'the unknown third-party host');
  assert.match(failing.stdout, /^ {4}_ga +localhost +first-party +set by http:\/\/localhost:\d+\/ +→ ga4$/m, 'a vendor cookie written by the page');
  assert.match(failing.stdout, /^ {4}_tp_uid +localhost +first-party +set by http:\/\/127\.0\.0\.1:\d+\/tracker\.js$/m);
  assert.match(failing.stdout, /^ {4}<script> +http:\/\/127\.0\.0\.1:\d+\/tracker\.js +on /m);

  // Allowing the host drops it from the list, but not the vendor cookie the page itself wrote.
  const allowed = await run(['scan', fixture.url, '--check', '--pages', '0', '--allow', '127.0.0.1']);
  assert.equal(allowed.code, 1);
  assert.doesNotMatch(allowed.stdout, /^ {4}127\.0\.0\.1 +\d+ request/m);
  assert.match(allowed.stdout, /^ {4}_ga +localhost/m);

  const clean = await run(['scan', `${fixture.url}clean.html`, '--check', '--pages', '0', '--json']);
  assert.equal(clean.code, 0, clean.stdout);
  const json = JSON.parse(clean.stdout);
  assert.equal(json.check.passed, true);
  assert.equal(json.consentBanner, `${fixture.url}clean.html`);

  const unreachable = await run(['scan', 'http://127.0.0.1:9/', '--check']);
  assert.equal(unreachable.code, 3);
  assert.match(unreachable.stderr, /^consent-banner: /);
});
