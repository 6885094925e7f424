// Runs in Node (node --test), after `npm run build`: `consent-banner scan` against the fixture
// site in test/scanner/fixture-site/, in the system's Chromium. The site is served as
// http://localhost:PORT/ and its "third-party" tag as http://127.0.0.1:PORT/ (another site).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { buildReport } from '../../scanner/report.mjs';
import { findChromium, scan, SetupError } from '../../scanner/scan.mjs';
import { startFixtureServer } from './fixture-server.mjs';

const root = new URL('../../', import.meta.url).pathname;
const cli = join(root, 'bin/consent-banner.mjs');
const run = (args, options = {}, script = cli) =>
  promisify(execFile)(process.execPath, [script, ...args], { timeout: 120_000, ...options }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
const HEADER_ROW = '| 送信先 | 送信される情報 | 利用目的 | カテゴリ | オプトアウト |';

let site;
before(async () => {
  site = await startFixtureServer();
});
after(() => site?.close());

test('scans the site before consent, then after window.consentBanner.acceptAll()', { timeout: 120_000 }, async () => {
  // scan() closes Chromium before it returns or throws, so a failed assertion leaves no browser behind.
  const result = await scan(site.url, { accept: true });
  const origin = site.url.slice(0, -1);

  assert.deepEqual(result.pages, [site.url, `${origin}/about.html`, `${origin}/shop.html`], 'same-origin pages only, breadth first');
  assert.deepEqual(result.errors, []);
  assert.equal(result.consentBanner, site.url);
  assert.equal(result.accepted, true);

  const cookies = Object.fromEntries(result.before.cookies.map((c) => [c.name, c]));
  assert.deepEqual(Object.keys(cookies).sort(), ['_fbp', '_ga', '_ga_ABC123', '_tp_uid', 'fixture_session', 'tp_id']);
  for (const name of ['_ga', '_ga_ABC123', '_fbp', '_tp_uid', 'fixture_session']) {
    assert.equal(cookies[name].domain, 'localhost', name);
    assert.equal(cookies[name].thirdParty, false, name);
  }
  assert.equal(cookies.fixture_session.httpOnly, true, 'HttpOnly cookies are read from the browser, not document.cookie');
  assert.equal(cookies.tp_id.domain, '127.0.0.1');
  assert.equal(cookies.tp_id.thirdParty, true);
  assert.equal(cookies._tp_uid.setBy, `http://127.0.0.1:${new URL(site.url).port}/tracker.js`, 'the writing script is noted');

  assert.deepEqual(
    result.before.storage.map((s) => [s.area, s.key, s.thirdParty]),
    [
      ['localStorage', '_tp_last_seen', false],
      ['localStorage', 'fixture_recently_viewed', false],
      ['sessionStorage', 'fixture_tab', false],
    ],
  );
  const thirdParty = result.before.hosts.filter((h) => h.thirdParty);
  assert.deepEqual(thirdParty.map((h) => h.host), [site.thirdPartyHost]);
  assert.deepEqual([...thirdParty[0].types].sort(), ['image', 'script']);

  const report = buildReport(result);
  const ga4 = report.matches.vendors.find((v) => v.id === 'ga4');
  assert.deepEqual(ga4?.cookies, ['_ga', '_ga_ABC123']);
  assert.deepEqual(report.matches.vendors.find((v) => v.id === 'meta-pixel')?.cookies, ['_fbp']);
  assert.deepEqual(
    report.matches.unmatched.hosts.map(({ host, cookies, storage }) => ({ host, cookies, storage })),
    [{ host: '127.0.0.1', cookies: ['_tp_uid'], storage: ['_tp_last_seen'] }],
    'the unknown host, with the first-party cookie and key its tag wrote',
  );
  assert.deepEqual(report.activeBeforeConsent, ['ga4 (analytics)', 'meta-pixel (marketing)', '127.0.0.1 (not in the catalogue)']);

  // The gated marketing script ran only after consent.
  assert.deepEqual(report.onlyAfterConsent.cookies.map((c) => c.name), ['_ttp', 'consent_banner']);
  assert.deepEqual(report.onlyAfterConsent.hosts, []);

  assert.match(report.config, /'ga4',/);
  assert.match(report.config, /'meta-pixel',/);
  assert.match(report.config, /'tiktok-pixel',/);
  assert.match(report.config, /\{ id: '127\.0\.0\.1', name: '127\.0\.0\.1', category: 'marketing' \/\* review \*\/, data: '', purpose: '', cookies: \['_tp_uid'\]/);
  assert.ok(report.markdown.split('\n').includes(HEADER_ROW), report.markdown);
  assert.match(report.markdown, /下書き/);
});

test('the CLI prints the report, and --pages limits the pages', { timeout: 120_000 }, async () => {
  const { code, stdout, stderr } = await run(['scan', site.url, '--pages', '1']);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /Visited 2 pages without consenting to anything:/);
  assert.match(stdout, /^ {4}_ga_ABC123 +localhost +first-party .*→ ga4$/m);
  assert.match(stdout, /^ {4}127\.0\.0\.1 +\d+ requests/m);
  assert.match(stdout, /'ga4', \/\/ seen: cookies _ga, _ga_ABC123/);
  assert.ok(stdout.includes(HEADER_ROW));
});

test('the CLI explains its usage', async () => {
  const help = await run(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^consent-banner scan URL \[--pages N\] \[--accept\] \[--json\] \[--check \[--allow HOST,…\]\]$/m);
  // The exit codes a CI job relies on, and the line to put in it.
  for (const line of [/^ {2}0 {2}success .*scan --check: nothing was sent/ms, /^ {2}1 {2}.*scan --check found offenders/m, /^ {2}2 {2}wrong usage/m, /^ {2}3 {2}scan could not run/m]) assert.match(help.stdout, line);
  assert.match(help.stdout, /consent-banner scan https:\/\/shop\.example\.jp\/ --check$/m);
  assert.equal((await run(['scan', 'https://example.jp/', '--allow', 'cdn.example.jp'])).code, 2, '--allow without --check');
  assert.equal((await run(['scan', 'https://example.jp/', '--check', '--allow', 'https://cdn.example.jp/'])).code, 2, '--allow takes hosts');
  const wrong = await run(['scna', 'https://example.jp/']);
  assert.equal(wrong.code, 2);
  assert.match(wrong.stderr, /unknown command "scna"/);
  assert.equal((await run(['scan', 'ftp://example.jp/'])).code, 2);
  assert.equal((await run(['scan', 'https://example.jp/', '--pages', '-1'])).code, 2);
});

test('without puppeteer-core or Chromium, the scanner says what to install', async () => {
  // The published files, in a directory where puppeteer-core cannot be resolved.
  const dir = mkdtempSync(join(tmpdir(), 'consent-banner-no-puppeteer-'));
  try {
    for (const path of ['bin', 'scanner', 'dist/esm/catalogue', 'dist/esm/i18n', 'dist/esm/core']) cpSync(join(root, path), join(dir, path), { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consent-banner', type: 'module' }));
    const { code, stderr } = await run(['scan', 'http://localhost:9/', '--check'], { cwd: dir }, join(dir, 'bin/consent-banner.mjs'));
    assert.equal(code, 3, 'nothing was checked: neither a pass nor a list of offenders');
    assert.match(stderr, /install puppeteer-core and Chromium/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  assert.throws(() => findChromium({ CHROMIUM_PATH: '/nonexistent/chromium' }), (error) => error instanceof SetupError && /install puppeteer-core and Chromium/.test(error.message));
});
