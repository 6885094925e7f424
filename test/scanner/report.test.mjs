// Runs in Node (node --test), after `npm run build`: the scanner's matching and output on plain data.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  buildReport,
  checkBeforeConsent,
  formatCheck,
  cookieVendors,
  disclosureMarkdown,
  draftVendors,
  formatConfig,
  formatReport,
  hostVendors,
  isThirdParty,
  matchVendors,
  mergeObservations,
  onlyIn,
  siteOf,
  storageVendors,
} from '../../scanner/report.mjs';

const HEADER_ROW = '| 送信先 | 送信される情報 | 利用目的 | カテゴリ | オプトアウト |';
const cookie = (name, domain = 'www.example.jp', extra = {}) => ({ name, domain, path: '/', thirdParty: isThirdParty(domain, 'www.example.jp'), ...extra });
const host = (name, requests = 1) => ({ host: name, thirdParty: isThirdParty(name, 'www.example.jp'), requests, types: ['script'] });

test('siteOf groups a host with its registrable domain, with two-level country suffixes and without for IPs', () => {
  assert.equal(siteOf('www.example.jp'), 'example.jp');
  assert.equal(siteOf('.example.jp'), 'example.jp');
  assert.equal(siteOf('cdn.shop.example.co.jp'), 'example.co.jp');
  assert.equal(siteOf('localhost'), 'localhost');
  assert.equal(siteOf('127.0.0.1'), '127.0.0.1');
  assert.equal(isThirdParty('static.example.jp', 'www.example.jp'), false);
  assert.equal(isThirdParty('www.google-analytics.com', 'www.example.jp'), true);
  assert.equal(isThirdParty('127.0.0.1', 'localhost'), true);
});

test('cookie patterns, storage patterns and domains match as the widget reads them', () => {
  assert.deepEqual(cookieVendors('_ga'), ['ga4']);
  assert.deepEqual(cookieVendors('_ga_ABC123'), ['ga4']);
  assert.deepEqual(cookieVendors('_fbp'), ['meta-pixel']);
  assert.deepEqual(cookieVendors('_gid'), []);
  assert.deepEqual(cookieVendors('x_ga'), [], 'patterns are anchored');
  assert.deepEqual(storageVendors('_ycl_yjad'), ['yahoo-ads']);
  assert.deepEqual(hostVendors('region1.google-analytics.com'), ['ga4']);
  assert.deepEqual(hostVendors('ad.doubleclick.net'), ['google-ads']);
  assert.deepEqual(hostVendors('notdoubleclick.net'), [], 'a suffix match needs a dot');
  // Hosts shared by several vendors go by the addresses requested, as autoBlock decides.
  assert.deepEqual(hostVendors('www.googletagmanager.com'), ['gtm']);
  assert.deepEqual(hostVendors('www.googletagmanager.com', undefined, ['https://www.googletagmanager.com/gtag/js?id=G-ABC']), ['ga4']);
  assert.deepEqual(hostVendors('www.googletagmanager.com', undefined, ['https://www.googletagmanager.com/gtag/js?id=AW-123']), ['google-ads']);
  assert.deepEqual(hostVendors('www.google.com', undefined, ['https://www.google.com/maps/embed?pb=1']), ['google-maps']);
  assert.deepEqual(hostVendors('www.google.com', undefined, ['https://www.google.com/recaptcha/api.js']), []);
});

test('matchVendors lists catalogue vendors with evidence, and files unknown hosts with the cookies their scripts wrote', () => {
  const matches = matchVendors({
    cookies: [
      cookie('_ga'),
      cookie('_ga_ABC123'),
      cookie('_fbp'),
      cookie('uid', 'www.example.jp', { setBy: 'https://tags.unknown-ads.example/t.js' }),
      cookie('sid', 'www.example.jp', { httpOnly: true }),
      cookie('consent_banner'),
    ],
    storage: [{ area: 'localStorage', key: 'ua_last', origin: 'https://www.example.jp', thirdParty: false, setBy: 'https://tags.unknown-ads.example/t.js' }],
    hosts: [host('www.google-analytics.com', 3), host('connect.facebook.net'), host('tags.unknown-ads.example', 2), host('static.example.jp')],
  });
  assert.deepEqual(
    matches.vendors.map((v) => [v.id, v.cookies, v.hosts]),
    [
      ['ga4', ['_ga', '_ga_ABC123'], ['www.google-analytics.com']],
      ['meta-pixel', ['_fbp'], ['connect.facebook.net']],
    ],
  );
  assert.deepEqual(matches.unmatched.hosts, [{ host: 'tags.unknown-ads.example', requests: 2, cookies: ['uid'], storage: ['ua_last'] }]);
  assert.deepEqual(
    matches.unmatched.cookies.map((c) => c.name),
    ['sid'],
    'the site’s own cookie is left to review; the consent cookie is not',
  );

  const draft = draftVendors(matches);
  assert.deepEqual(draft.slice(0, 2), ['ga4', 'meta-pixel']);
  assert.deepEqual(draft[2], {
    id: 'tags.unknown-ads.example',
    name: 'tags.unknown-ads.example',
    category: 'marketing',
    data: '',
    purpose: '',
    cookies: ['uid'],
    storage: ['ua_last'],
    domains: ['tags.unknown-ads.example'],
  });

  const config = formatConfig(draft, matches);
  assert.match(config, /^window\.consentBannerConfig = \{/);
  assert.match(config, /'ga4', \/\/ seen: cookies _ga, _ga_ABC123; hosts www\.google-analytics\.com/);
  assert.match(config, /'meta-pixel',/);
  assert.match(config, /\{ id: 'tags\.unknown-ads\.example', name: 'tags\.unknown-ads\.example', category: 'marketing' \/\* review \*\/, data: '', purpose: '', cookies: \['uid'\]/);
  // The snippet is valid JavaScript that yields the draft.
  const window = {};
  new Function('window', config)(window);
  assert.deepEqual(window.consentBannerConfig.vendors, draft);
});

test('the 外部送信 table is Japanese Markdown under a draft header, with placeholders for unknown hosts', () => {
  const markdown = disclosureMarkdown(
    ['ga4', { id: 'x.example', name: 'x.example', category: 'marketing', data: '', purpose: '', cookies: [], domains: ['x.example'] }],
    { url: 'https://www.example.jp/', date: '2026-11-30T00:00:00.000Z', pages: 4 },
  );
  const lines = markdown.split('\n');
  assert.match(markdown, /下書き（要確認）/);
  assert.match(markdown, /2026-11-30にhttps:\/\/www\.example\.jp\/（4ページ）/);
  assert.ok(lines.includes(HEADER_ROW), markdown);
  assert.ok(lines.includes('|---|---|---|---|---|'));
  const ga4 = lines.find((line) => line.startsWith('| Google LLC（Google アナリティクス 4）'));
  assert.match(ga4, /\[プライバシーポリシー\]\(https:\/\/policies\.google\.com\/privacy\)/);
  assert.match(
    ga4,
    /\| アクセス解析 \| 当サイトの「Cookie設定」で「アクセス解析」をオフにする<br>送信先での停止：\[オプトアウトページ\]\(https:\/\/tools\.google\.com\/dlpage\/gaoptout\) \|$/,
    'the vendor’s own opt-out page follows the site’s switch',
  );
  assert.ok(lines.includes('| x.example（要確認） | （要記入） | （要記入） | 広告・マーケティング（要確認） | 当サイトの「Cookie設定」で「広告・マーケティング」をオフにする |'));
  assert.equal(markdown.split('\n').filter((line) => line.startsWith('| ')).length, 3, 'header and one row per vendor');

  assert.match(disclosureMarkdown([], {}), /外部に送信している情報はありません。/);
  const piped = disclosureMarkdown([{ id: 'a', name: 'A | B', category: 'analytics', data: '', purpose: '', cookies: [], domains: [] }]);
  assert.match(piped, /\| A \\\| B（要確認） \|/, 'a pipe in a cell is escaped');
});

test('with --accept, what appears only after consent is reported and the drafts cover both phases', () => {
  const before = { cookies: [cookie('_ga')], storage: [], hosts: [host('www.google-analytics.com')] };
  const after = {
    cookies: [cookie('_ga'), cookie('_fbp'), cookie('consent_banner')],
    storage: [],
    hosts: [host('www.google-analytics.com', 2), host('connect.facebook.net')],
  };
  const only = onlyIn(after, before);
  assert.deepEqual(only.cookies.map((c) => c.name), ['_fbp', 'consent_banner']);
  assert.deepEqual(only.hosts.map((h) => h.host), ['connect.facebook.net']);
  assert.deepEqual(mergeObservations(before, after).hosts.find((h) => h.host === 'www.google-analytics.com').requests, 3);

  const result = { url: 'https://www.example.jp/', scannedAt: '2026-11-30T00:00:00.000Z', pages: ['https://www.example.jp/'], errors: [], consentBanner: 'https://www.example.jp/', accepted: true, before, after };
  const report = buildReport(result);
  assert.deepEqual(report.vendors, ['ga4', 'meta-pixel']);
  assert.deepEqual(report.activeBeforeConsent, ['ga4 (analytics)']);
  assert.deepEqual(report.onlyAfterConsent.cookies.map((c) => c.name), ['_fbp', 'consent_banner']);
  const text = formatReport(result, report);
  assert.match(text, /Only after consent \(window\.consentBanner\.acceptAll\(\)\)\n {2}Cookies \(2\)\n {4}_fbp .*→ meta-pixel/);
  assert.match(text, /Active before consent: ga4 \(analytics\)\./);
  assert.ok(text.includes(HEADER_ROW));
});

test('checkBeforeConsent lists third-party hosts, vendor and third-party cookies and keys, and unmarked embeds', () => {
  const site = 'www.example.jp';
  const result = {
    url: `https://${site}/`,
    site,
    pages: [`https://${site}/`],
    embeds: [
      { tag: 'iframe', src: 'https://www.youtube.com/embed/abc', host: 'www.youtube.com', page: `https://${site}/` },
      { tag: 'script', src: 'https://cdn.jsdelivr.net/npm/x.js', host: 'cdn.jsdelivr.net', page: `https://${site}/` },
    ],
    before: {
      cookies: [
        cookie('_fbp'),
        cookie('consent_banner'),
        cookie('session', site),
        cookie('uid', site, { setBy: 'https://tags.unknown-ads.example/t.js' }),
        cookie('IDE', '.doubleclick.net'),
      ],
      storage: [
        { area: 'localStorage', key: 'cart', origin: `https://${site}`, thirdParty: false },
        { area: 'localStorage', key: '_hjUserAttributes', origin: `https://${site}`, thirdParty: false },
      ],
      hosts: [
        { ...host('www.googletagmanager.com', 2), urls: ['https://www.googletagmanager.com/gtag/js?id=AW-1'] },
        host('cdn.jsdelivr.net'),
        host('static.example.jp'),
      ],
    },
  };
  const check = checkBeforeConsent(result);
  assert.equal(check.passed, false);
  assert.deepEqual(check.hosts, [
    { host: 'www.googletagmanager.com', requests: 2, vendors: ['google-ads'] },
    { host: 'cdn.jsdelivr.net', requests: 1, vendors: [] },
  ]);
  assert.deepEqual(
    check.cookies.map((c) => [c.name, c.vendors]),
    [
      ['_fbp', ['meta-pixel']],
      ['uid', []],
      ['IDE', []],
    ],
    'not the widget’s own cookie, nor the site’s own',
  );
  assert.deepEqual(check.storage.map((s) => s.key), ['_hjUserAttributes']);
  assert.deepEqual(check.embeds.map((e) => [e.tag, e.vendors]), [['iframe', ['youtube']], ['script', []]]);

  const text = formatCheck(result, check);
  assert.match(text, /^consent-banner scan --check: FAILED, 8 problems on https:\/\/www\.example\.jp\/ \(1 page, before any decision\):/);
  assert.match(text, /^ {4}www\.googletagmanager\.com +2 requests +→ google-ads$/m);
  assert.match(text, /^ {4}_fbp +www\.example\.jp +first-party +→ meta-pixel$/m);
  assert.match(text, /^ {4}<iframe> +https:\/\/www\.youtube\.com\/embed\/abc +on https:\/\/www\.example\.jp\/ +→ youtube$/m);
  assert.match(text, /move an iframe's address to data-src and add data-consent/);

  // Hosts the site owner accepts before consent, and their subdomains, are left out.
  const allowed = checkBeforeConsent(result, { allow: ['jsdelivr.net', 'doubleclick.net'] });
  assert.deepEqual(allowed.hosts.map((h) => h.host), ['www.googletagmanager.com']);
  assert.deepEqual(allowed.cookies.map((c) => c.name), ['_fbp', 'uid']);
  assert.deepEqual(allowed.embeds.map((e) => e.host), ['www.youtube.com']);

  const clean = { ...result, embeds: [], before: { cookies: [cookie('consent_banner'), cookie('session', site)], storage: [], hosts: [host('static.example.jp')] } };
  const passed = checkBeforeConsent(clean);
  assert.equal(passed.passed, true);
  assert.match(formatCheck(clean, passed), /^consent-banner scan --check: passed\./);
});
