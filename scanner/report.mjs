// Matching and output for `consent-banner scan`: pure functions over the data
// scanner/scan.mjs collects, so they can be tested on plain objects.
import { VENDOR_CATALOGUE } from '../dist/esm/catalogue/vendors.js';
import { matchVendor } from '../dist/esm/core/vendor-match.js';
import { ja } from '../dist/esm/i18n/ja.js';

/** The widget's own consent cookie (its default `cookieName`). */
const OWN_COOKIE = 'consent_banner';
/** Second-level labels under a country code that are not a site of their own (co.jp, com.au, …). */
const SECOND_LEVEL = /^(?:co|ne|or|ac|go|lg|ed|gr|ad|com|net|org|gov|edu)$/;

/**
 * The site of a host, approximately its registrable domain: `www.example.jp` and
 * `cdn.example.jp` → `example.jp`, `shop.example.co.jp` → `example.co.jp`. IP
 * addresses and single labels such as `localhost` are their own site. A small rule,
 * not the Public Suffix List: hosting platforms (github.io, …) come out as one site.
 */
export function siteOf(host) {
  const name = host.toLowerCase().replace(/^\.|\.$/g, '');
  if (!name.includes('.') || /^[\d.]+$/.test(name) || name.includes(':')) return name;
  const labels = name.split('.');
  const keep = labels.length > 2 && labels.at(-1).length === 2 && SECOND_LEVEL.test(labels.at(-2)) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

export const isThirdParty = (host, siteHost) => siteOf(host) !== siteOf(siteHost);

/** `_ga*`-style patterns, read as the widget reads them: `*` is any run of characters, the rest is literal. */
export function matchesPattern(patterns = [], name) {
  return patterns.some((p) => new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(name));
}

const ids = (catalogue, test) => Object.values(catalogue).filter(test).map((vendor) => vendor.id);
export const cookieVendors = (name, catalogue = VENDOR_CATALOGUE) => ids(catalogue, (v) => matchesPattern(v.cookies, name));
export const storageVendors = (key, catalogue = VENDOR_CATALOGUE) => ids(catalogue, (v) => matchesPattern(v.storage, key));
/**
 * The vendors the addresses requested from `host` belong to, by the widget's own rule (the longest matching
 * `domains` entry wins, so gtag.js goes by its `id`). Without addresses, the host's root stands for them.
 */
export function hostVendors(host, catalogue = VENDOR_CATALOGUE, urls = []) {
  const vendors = Object.values(catalogue);
  const found = new Set();
  for (const url of urls.length ? urls : [`https://${host}/`]) {
    const vendor = matchVendor(url, vendors);
    if (vendor) found.add(vendor.id);
  }
  return Object.keys(catalogue).filter((id) => found.has(id));
}

const cookieKey = (c) => `${c.name}|${c.domain}|${c.path}`;
const storageKey = (s) => `${s.area}|${s.origin}|${s.key}`;
const hostOf = (url) => {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
};

/** Everything seen in either of two observations (`{ cookies, storage, hosts }`). */
export function mergeObservations(a, b) {
  const union = (x, y, key) => [...new Map([...y, ...x].map((item) => [key(item), item])).values()]; // x's entry wins
  const copy = (h) => ({ ...h, types: [...h.types], ...(h.urls && { urls: [...h.urls] }) });
  const hosts = new Map(a.hosts.map((h) => [h.host, copy(h)]));
  for (const h of b.hosts) {
    const seen = hosts.get(h.host);
    if (!seen) hosts.set(h.host, copy(h));
    else {
      Object.assign(seen, { requests: seen.requests + h.requests, types: [...new Set([...seen.types, ...h.types])] });
      if (h.urls) seen.urls = [...new Set([...(seen.urls ?? []), ...h.urls])];
    }
  }
  return { cookies: union(a.cookies, b.cookies, cookieKey), storage: union(a.storage, b.storage, storageKey), hosts: [...hosts.values()] };
}

/** What `after` has that `before` has not: the cookies, keys and hosts that appear only after consent. */
export function onlyIn(after, before) {
  const known = (list, key) => new Set(list.map(key));
  const cookies = known(before.cookies, cookieKey);
  const storage = known(before.storage, storageKey);
  const hosts = known(before.hosts, (h) => h.host);
  return {
    cookies: after.cookies.filter((c) => !cookies.has(cookieKey(c))),
    storage: after.storage.filter((s) => !storage.has(storageKey(s))),
    hosts: after.hosts.filter((h) => !hosts.has(h.host)),
  };
}

/**
 * Matches an observation against the catalogue. Returns the catalogue vendors
 * seen (in catalogue order, with the evidence) and what matched nothing: unknown
 * third-party hosts, each with the first-party cookies and keys its scripts wrote,
 * and the remaining cookies and keys.
 */
export function matchVendors({ cookies = [], storage = [], hosts = [] }, catalogue = VENDOR_CATALOGUE) {
  const found = new Map();
  const note = (vendorIds, kind, value) => {
    for (const id of vendorIds) {
      const hit = found.get(id) ?? { id, category: catalogue[id].category, cookies: [], storage: [], hosts: [] };
      found.set(id, hit);
      if (!hit[kind].includes(value)) hit[kind].push(value);
    }
    return vendorIds.length > 0;
  };
  const unknownHosts = new Map();
  for (const { host, requests, thirdParty, urls } of hosts) {
    if (thirdParty && !note(hostVendors(host, catalogue, urls), 'hosts', host)) {
      unknownHosts.set(host, { host, requests, cookies: [], storage: [] });
    }
  }
  const unmatched = { cookies: [], storage: [] };
  const file = (item, kind, name) => {
    const writer = !item.thirdParty && unknownHosts.get(hostOf(item.setBy));
    if (writer) writer[kind].includes(name) || writer[kind].push(name);
    else unmatched[kind].push(item);
  };
  for (const cookie of cookies) {
    if (!note(cookieVendors(cookie.name, catalogue), 'cookies', cookie.name) && cookie.name !== OWN_COOKIE) file(cookie, 'cookies', cookie.name);
  }
  for (const item of storage) {
    if (!note(storageVendors(item.key, catalogue), 'storage', item.key)) file(item, 'storage', item.key);
  }
  const vendors = Object.keys(catalogue).filter((id) => found.has(id)).map((id) => found.get(id));
  return { vendors, unmatched: { hosts: [...unknownHosts.values()], ...unmatched } };
}

/** The draft `vendors` list: catalogue ids, then a skeleton for each unknown third-party host. */
export function draftVendors({ vendors, unmatched }) {
  return [
    ...vendors.map((vendor) => vendor.id),
    ...unmatched.hosts.map(({ host, cookies, storage }) => ({
      id: host,
      name: host,
      category: 'marketing',
      data: '',
      purpose: '',
      cookies,
      ...(storage.length ? { storage } : {}),
      domains: [host],
    })),
  ];
}

const quote = (text) => `'${String(text).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const list = (items) => `[${items.map(quote).join(', ')}]`;

/** The draft as a `window.consentBannerConfig` snippet, with what was seen for each catalogue id. */
export function formatConfig(draft, matches) {
  const lines = draft.map((entry) => {
    if (typeof entry === 'string') {
      const hit = matches.vendors.find((v) => v.id === entry);
      const seen = ['cookies', 'storage', 'hosts'].filter((kind) => hit?.[kind].length).map((kind) => `${kind} ${hit[kind].join(', ')}`);
      return `    ${quote(entry)},${seen.length ? ` // seen: ${seen.join('; ')}` : ''}`;
    }
    const fields = [
      `id: ${quote(entry.id)}`,
      `name: ${quote(entry.name)}`,
      `category: ${quote(entry.category)} /* review */`,
      "data: ''",
      "purpose: ''",
      `cookies: ${list(entry.cookies)}`,
      ...(entry.storage ? [`storage: ${list(entry.storage)}`] : []),
      `domains: ${list(entry.domains)}`,
    ];
    return `    // Not in the catalogue: name the recipient, what it receives and why, and add its policyUrl.\n    { ${fields.join(', ')} },`;
  });
  return [
    'window.consentBannerConfig = {',
    '  // Draft from `consent-banner scan`: check every entry against your own setup before you publish it.',
    '  vendors: [',
    ...lines,
    '  ],',
    '};',
  ].join('\n');
}

const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** The draft 外部送信 table in Markdown (Japanese), under a header saying it is a draft to review. */
export function disclosureMarkdown(draft, { url, date, pages, catalogue = VENDOR_CATALOGUE } = {}) {
  const columns = ja.disclosureColumns;
  const day = date ? String(date).slice(0, 10) : '';
  const header = [
    `<!-- consent-banner scan: ${url ?? ''} ${day} -->`,
    `> **下書き（要確認）**: この表は \`consent-banner scan\` が${day ? `${day}に` : ''}${url ?? 'サイト'}${pages ? `（${pages}ページ）` : ''}を自動で調べた結果から作成した下書きです。`,
    '> 各欄はカタログの一般的な説明と観測結果からの推定で、実際のタグの設定や契約の内容を反映していません。',
    '> 公開する前に、サイトの運営者が内容を確認・修正し、「要記入」「要確認」の箇所を必ず書き換えてください。',
    '',
  ];
  if (!draft.length) return [...header, ja.disclosureEmpty, ''].join('\n');
  const rows = draft.map((entry) => {
    const known = typeof entry === 'string';
    const vendor = known ? catalogue[entry] : entry;
    const category = ja.categories[vendor.category]?.title ?? vendor.category;
    const text = (value) => (typeof value === 'string' ? value : value?.ja);
    const name = known ? text(vendor.name) : `${vendor.name}（要確認）`;
    const recipient = vendor.policyUrl ? `${name}<br>[${ja.policyLink}](${vendor.policyUrl})` : name;
    const optOut =
      (vendor.category === 'service' ? 'なし（サービスの提供に必要）' : `当サイトの「${ja.preferencesTitle}」で「${category}」をオフにする`) +
      (vendor.optOutUrl ? `<br>送信先での停止：[${ja.disclosureVendorOptOutLink}](${vendor.optOutUrl})` : '');
    return [
      recipient,
      known ? text(vendor.data) : '（要記入）',
      known ? text(vendor.purpose) : '（要記入）',
      known ? category : `${category}（要確認）`,
      optOut,
    ];
  });
  const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
  return [
    ...header,
    // The widget's table has a switch in its last column (送信の許可); a static page says how to opt out instead.
    line([columns.recipient, columns.data, columns.purpose, columns.category, 'オプトアウト']),
    '|---|---|---|---|---|',
    ...rows.map(line),
    '',
  ].join('\n');
}

/**
 * Everything the command prints, from a `scan()` result: the matches, what was
 * active before consent, what appeared only after it (with `--accept`), the
 * draft config and the draft table. Drafts cover both phases.
 */
export function buildReport(result, catalogue = VENDOR_CATALOGUE) {
  const seen = result.after ? mergeObservations(result.before, result.after) : result.before;
  const matches = matchVendors(seen, catalogue);
  const before = matchVendors(result.before, catalogue);
  const vendors = draftVendors(matches);
  return {
    matches,
    activeBeforeConsent: [
      ...before.vendors.filter((v) => v.category !== 'service').map((v) => `${v.id} (${v.category})`),
      ...before.unmatched.hosts.map((h) => `${h.host} (not in the catalogue)`),
    ],
    onlyAfterConsent: result.after ? onlyIn(result.after, result.before) : undefined,
    vendors,
    config: formatConfig(vendors, matches),
    markdown: disclosureMarkdown(vendors, { url: result.url, date: result.scannedAt, pages: result.pages.length, catalogue }),
  };
}

function table(rows, indent = '    ') {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => row[i].length))) ?? [];
  return rows.map((row) => indent + row.map((text, i) => text.padEnd(widths[i])).join('  ').trimEnd());
}

function observationLines({ cookies, storage, hosts }, catalogue) {
  const party = (thirdParty) => (thirdParty ? 'third-party' : 'first-party');
  const match = (vendorIds) => (vendorIds.length ? `→ ${vendorIds.join(', ')}` : '? not in the catalogue');
  const thirdPartyHosts = hosts.filter((h) => h.thirdParty);
  const cookieRows = cookies.map((c) => [
    c.name,
    c.domain,
    party(c.thirdParty),
    [c.httpOnly && 'HttpOnly', c.setBy && `set by ${c.setBy}`].filter(Boolean).join(', '),
    c.name === OWN_COOKIE ? '→ consent-banner (the consent cookie)' : match(cookieVendors(c.name, catalogue)),
  ]);
  const storageRows = storage.map((s) => [s.area, s.key, s.origin, party(s.thirdParty), s.setBy ? `set by ${s.setBy}` : '', match(storageVendors(s.key, catalogue))]);
  const hostRows = thirdPartyHosts.map((h) => [h.host, `${h.requests} request${h.requests === 1 ? '' : 's'}`, h.types.join(', '), match(hostVendors(h.host, catalogue, h.urls))]);
  return [
    `  Cookies (${cookies.length})`,
    ...table(cookieRows),
    `  localStorage / sessionStorage (${storage.length})`,
    ...table(storageRows),
    `  Third-party hosts (${thirdPartyHosts.length})`,
    ...table(hostRows),
  ];
}

/** The plain-text report printed by `consent-banner scan` without `--json`. */
export function formatReport(result, report = buildReport(result), catalogue = VENDOR_CATALOGUE) {
  const lines = [
    `consent-banner scan ${result.url} (${result.scannedAt})`,
    `Visited ${result.pages.length} page${result.pages.length === 1 ? '' : 's'} without consenting to anything:`,
    ...result.pages.map((page) => `  ${page}`),
    ...result.errors.map((e) => `  failed: ${e.url}: ${e.message}`),
    `window.consentBanner: ${result.consentBanner ? `found on ${result.consentBanner}` : 'not found'}`,
    '',
    'Before consent',
    ...observationLines(result.before, catalogue),
  ];
  if (report.onlyAfterConsent) {
    lines.push('', 'Only after consent (window.consentBanner.acceptAll())', ...observationLines(report.onlyAfterConsent, catalogue));
  } else if (result.accepted === false) {
    lines.push('', '--accept: window.consentBanner was not found, so nothing was accepted.');
  }
  if (report.activeBeforeConsent.length) {
    lines.push(
      '',
      `Active before consent: ${report.activeBeforeConsent.join(', ')}.`,
      'If these need consent, load their tags with data-consent (or autoBlock) so they wait for it.',
    );
  }
  const { cookies, storage } = report.matches.unmatched;
  if (cookies.length || storage.length) {
    lines.push(
      '',
      'Not matched to a vendor (the site’s own, or a vendor to add by hand):',
      ...cookies.map((c) => `  cookie ${c.name} (${[c.domain, c.thirdParty ? 'third-party' : 'first-party', c.httpOnly && 'HttpOnly'].filter(Boolean).join(', ')})`),
      ...storage.map((s) => `  ${s.area} ${s.key} (${s.origin})`),
    );
  }
  lines.push('', 'Draft vendors config (review every entry):', '', report.config, '', 'Draft 外部送信 table (Markdown):', '', report.markdown);
  return lines.join('\n');
}

/** Whether `host` is one of the `--allow` hosts or below one (suffix match, as `domains`). */
const allowed = (host, allow) => allow.some((entry) => host === entry || host.endsWith(`.${entry}`));

/**
 * `consent-banner scan --check`: what the site did before any decision that it should not have. Returns
 * `{ passed, hosts, cookies, storage, embeds }`, each a list of offenders:
 * - `hosts`: third-party hosts requested (with the vendor they belong to, if the catalogue knows it);
 * - `cookies` / `storage`: a catalogue vendor's cookie or key, a third-party cookie, or a first-party one
 *   written by a third-party script (the widget's own cookie never counts);
 * - `embeds`: iframes, embeds and scripts written in the HTML with a third-party address and no
 *   `data-consent` / `type="text/plain"`, which the browser starts loading before any script can hold them.
 * `allow` lists hosts the site owner accepts before consent (a CDN, say); they and their subdomains are skipped.
 */
export function checkBeforeConsent(result, { allow = [], catalogue = VENDOR_CATALOGUE } = {}) {
  const before = result.before ?? { cookies: [], storage: [], hosts: [] };
  const thirdPartyWriter = (item) => {
    const writer = hostOf(item.setBy);
    return writer && isThirdParty(writer, result.site) && !allowed(writer, allow) ? item.setBy : undefined;
  };
  const hosts = before.hosts
    .filter((h) => h.thirdParty && !allowed(h.host, allow))
    .map((h) => ({ host: h.host, requests: h.requests, vendors: hostVendors(h.host, catalogue, h.urls) }));
  const cookies = before.cookies
    .filter((c) => c.name !== OWN_COOKIE)
    .map((c) => ({ ...c, vendors: cookieVendors(c.name, catalogue) }))
    .filter((c) => c.vendors.length || (c.thirdParty && !allowed(c.domain.replace(/^\./, ''), allow)) || thirdPartyWriter(c));
  const storage = before.storage
    .map((s) => ({ ...s, vendors: storageVendors(s.key, catalogue) }))
    .filter((s) => s.vendors.length || (s.thirdParty && !allowed(hostOf(s.origin) ?? '', allow)) || thirdPartyWriter(s));
  const embeds = (result.embeds ?? []).filter((e) => !allowed(e.host, allow)).map((e) => ({ ...e, vendors: hostVendors(e.host, catalogue, [e.src]) }));
  return { passed: !hosts.length && !cookies.length && !storage.length && !embeds.length, hosts, cookies, storage, embeds };
}

const withVendors = (vendors) => (vendors.length ? `  → ${vendors.join(', ')}` : '');

/** The `--check` verdict, offenders first, each with what to do about it. */
export function formatCheck(result, check) {
  const count = check.hosts.length + check.cookies.length + check.storage.length + check.embeds.length;
  const where = `${result.url} (${result.pages.length} page${result.pages.length === 1 ? '' : 's'}, before any decision)`;
  if (check.passed) return `consent-banner scan --check: passed. Nothing was sent to a third party or stored for one on ${where}.`;
  const lines = [`consent-banner scan --check: FAILED, ${count} problem${count === 1 ? '' : 's'} on ${where}:`];
  if (check.hosts.length) {
    lines.push('', `Requests to third-party hosts (${check.hosts.length}):`);
    lines.push(...table(check.hosts.map((h) => [h.host, `${h.requests} request${h.requests === 1 ? '' : 's'}`, withVendors(h.vendors).trim()])));
  }
  if (check.cookies.length) {
    lines.push('', `Cookies written for a vendor or a third party (${check.cookies.length}):`);
    lines.push(
      ...table(
        check.cookies.map((c) => [c.name, c.domain, c.thirdParty ? 'third-party' : 'first-party', c.setBy ? `set by ${c.setBy}` : '', withVendors(c.vendors).trim()]),
      ),
    );
  }
  if (check.storage.length) {
    lines.push('', `Storage keys written for a vendor or a third party (${check.storage.length}):`);
    lines.push(...table(check.storage.map((s) => [s.area, s.key, s.origin, s.setBy ? `set by ${s.setBy}` : '', withVendors(s.vendors).trim()])));
  }
  if (check.embeds.length) {
    lines.push('', `Written in the HTML without data-consent, so the browser loads them before any script can hold them (${check.embeds.length}):`);
    const short = (src) => (src.length > 90 ? `${src.slice(0, 89)}…` : src);
    lines.push(...table(check.embeds.map((e) => [`<${e.tag}>`, short(e.src), `on ${e.page}`, withVendors(e.vendors).trim()])));
    lines.push(
      '    Fix: move an iframe\'s address to data-src and add data-consent="<category>";',
      '    give a script type="text/plain" and data-consent="<category>" (README: Trackers that really turn on and off).',
    );
  }
  lines.push(
    '',
    'Hold these until consent: mark the tags with data-consent (or set autoBlock: true and name the vendors),',
    'or pass --allow HOST for a host you accept before consent (e.g. a CDN).',
  );
  return lines.join('\n');
}
