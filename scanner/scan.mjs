// The browser part of `consent-banner scan`: opens a site in headless Chromium
// without consenting to anything, visits a few same-origin pages, and records
// every cookie, storage key and third-party host it sees. With `accept`, it then
// calls window.consentBanner.acceptAll() and records again. Matching and output
// are in report.mjs.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isThirdParty } from './report.mjs';

export const SETUP_HINT =
  'The scanner needs puppeteer-core and a Chromium: install puppeteer-core and Chromium ' +
  '(npm install --save-dev puppeteer-core; e.g. apt-get install chromium, or set CHROMIUM_PATH), ' +
  'or run it as: npx -p consent-banner -p puppeteer-core consent-banner scan URL';

const CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** Links to these are files, not pages. */
const NOT_A_PAGE = /\.(?:pdf|zip|gz|dmg|exe|jpe?g|png|gif|webp|avif|svg|mp3|mp4|mov|webm|docx?|xlsx?|pptx?|csv)$/i;

/** A missing browser or puppeteer-core: the CLI prints the message alone. */
export class SetupError extends Error {}

/** $CHROMIUM_PATH, or the first usual Chromium/Chrome location that exists. */
export function findChromium(env = process.env) {
  const chosen = env.CHROMIUM_PATH || env.PUPPETEER_EXECUTABLE_PATH;
  if (chosen && !existsSync(chosen)) throw new SetupError(`CHROMIUM_PATH is ${chosen}, which does not exist. ${SETUP_HINT}`);
  const found = chosen || CHROMIUM_PATHS.find((path) => existsSync(path));
  if (!found) throw new SetupError(`No Chromium found (looked in ${CHROMIUM_PATHS[0]} and $CHROMIUM_PATH). ${SETUP_HINT}`);
  return found;
}

/** puppeteer-core is only a devDependency of this package, so it is imported when a scan starts. */
async function loadPuppeteer() {
  try {
    return (await import('puppeteer-core')).default;
  } catch (error) {
    if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('puppeteer-core')) throw new SetupError(SETUP_HINT);
    throw error;
  }
}

/**
 * A fresh profile that accepts third-party cookies, as Chrome does by default
 * (this headless Chromium blocks them otherwise), so the scan sees them too.
 */
function makeProfile() {
  const dir = mkdtempSync(join(tmpdir(), 'consent-banner-scan-'));
  mkdirSync(join(dir, 'Default'));
  writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }));
  return dir;
}

/**
 * Runs in every frame before the page's own scripts: notes which script wrote
 * each cookie (document.cookie) and storage key (setItem), from the caller's
 * stack frame, so a first-party cookie can be traced to the third-party tag
 * that set it. Code without a URL of its own (a script inserted as text, as
 * gated inline scripts are) gives no writer.
 */
function recordWriters() {
  const log = [];
  Object.defineProperty(window, '__consentBannerScan', { value: log });
  // stack: "Error", the setter below, then its caller.
  const writer = (stack = '') => stack.split('\n')[2]?.match(/https?:\/\/[^\s)]+?(?=(?::\d+){2})/)?.[0]?.split(/[?#]/)[0];
  const note = (kind, name, stack) => log.length < 5000 && log.push([kind, name, writer(stack)]);
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    ...cookie,
    set(value) {
      note('cookie', String(value).split(';')[0].split('=')[0].trim(), new Error().stack);
      cookie.set.call(this, value);
    },
  });
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    let area = 'sessionStorage';
    try {
      if (this === window.localStorage) area = 'localStorage';
    } catch {}
    note(area, String(key), new Error().stack);
    return setItem.call(this, key, value);
  };
}

/**
 * Runs in the page on the HTML as the server sent it (parsed inert, nothing loads): the iframes, embeds
 * and scripts written with an address, which the browser starts fetching while it parses, before any
 * script on the page can hold them. Marked ones (`data-consent`, or a script of `type="text/plain"`) are
 * left out, and so are scripts of a type the browser does not run.
 */
function findEmbeds(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const runs = (script) => !script.type || /^(?:text\/javascript|application\/javascript|module)$/i.test(script.type.trim());
  const found = [];
  for (const el of doc.querySelectorAll('iframe[src], frame[src], embed[src], object[data], script[src]')) {
    if (el.hasAttribute('data-consent') || (el.localName === 'script' && !runs(el)) || el.closest('noscript')) continue;
    const address = el.getAttribute(el.localName === 'object' ? 'data' : 'src');
    let url;
    try {
      url = new URL(address, document.baseURI);
    } catch {
      continue;
    }
    if (/^https?:$/.test(url.protocol)) found.push({ tag: el.localName, src: url.href, host: url.hostname });
  }
  return found;
}

/** What one frame holds: its origin, its storage keys and the writers noted so far. */
function readFrame() {
  const keys = (area) => {
    try {
      return Object.keys(window[area]);
    } catch {
      return [];
    }
  };
  return { origin: location.origin, localStorage: keys('localStorage'), sessionStorage: keys('sessionStorage'), writers: window.__consentBannerScan ?? [] };
}

const emptyObservation = () => ({ cookies: new Map(), storage: new Map(), hosts: new Map(), writers: new Map() });

function finish({ cookies, storage, hosts }) {
  const byName = (a, b) => (a.name ?? a.key ?? a.host).localeCompare(b.name ?? b.key ?? b.host);
  return { cookies: [...cookies.values()].sort(byName), storage: [...storage.values()].sort(byName), hosts: [...hosts.values()].sort(byName) };
}

/**
 * Scans `url` and up to `pages` more same-origin pages linked from it (breadth
 * first), accepting nothing. Resolves to `{ url, site, scannedAt, pages, errors,
 * consentBanner, embeds, before, accepted?, after? }`, where `before` and `after` are
 * `{ cookies, storage, hosts }` (each host with a few of the `urls` requested); `after`
 * holds everything seen from the accept on; `embeds` are the unmarked third-party
 * iframes, embeds and scripts written in the pages' HTML. `browserArgs` are extra
 * Chromium flags (a proxy, host-resolver rules). Chromium is closed whatever happens.
 */
export async function scan(url, { pages = 3, accept = false, executablePath, timeout = 30_000, browserArgs = [] } = {}) {
  let start = new URL(url);
  if (!/^https?:$/.test(start.protocol)) throw new TypeError(`Not an http(s) URL: ${url}`);
  start.hash = '';
  const puppeteer = await loadPuppeteer();
  const chromium = executablePath ?? findChromium();
  const profile = makeProfile();
  const browser = await puppeteer.launch({ executablePath: chromium, userDataDir: profile, headless: true, args: [...CHROMIUM_FLAGS, ...browserArgs] }).catch((error) => {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  });
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(timeout);
    // What a visitor's browser sends: some tags behave differently for "HeadlessChrome".
    await page.setUserAgent((await browser.userAgent()).replace('HeadlessChrome', 'Chrome'));
    await page.evaluateOnNewDocument(recordWriters);

    const result = { url: start.href, site: start.hostname, scannedAt: new Date().toISOString(), pages: [], errors: [], consentBanner: null, embeds: [] };
    let seen = emptyObservation();
    page.on('request', (request) => {
      const { protocol, hostname } = new URL(request.url());
      if (!/^(?:https?|wss?):$/.test(protocol) || hostname === result.site) return;
      const host = seen.hosts.get(hostname) ?? { host: hostname, thirdParty: isThirdParty(hostname, result.site), requests: 0, types: [], urls: [] };
      host.requests += 1;
      // A few addresses per host, for vendors told apart by path (gtag.js's id, the Maps embed).
      const address = request.url().split('#')[0].slice(0, 300);
      if (host.urls.length < 20 && !host.urls.includes(address)) host.urls.push(address);
      if (!host.types.includes(request.resourceType())) host.types.push(request.resourceType());
      seen.hosts.set(hostname, host);
    });

    const settle = () => page.waitForNetworkIdle({ idleTime: 500, timeout: 10_000 }).catch(() => {});
    const collect = async () => {
      for (const frame of page.frames()) {
        const frameData = await frame.evaluate(readFrame).catch(() => null);
        if (!frameData || !/^https?:/.test(frameData.origin)) continue;
        for (const [kind, name, script] of frameData.writers) if (script && !seen.writers.has(`${kind}|${name}`)) seen.writers.set(`${kind}|${name}`, script);
        const thirdParty = isThirdParty(new URL(frameData.origin).hostname, result.site);
        for (const area of ['localStorage', 'sessionStorage']) {
          for (const key of frameData[area]) {
            const setBy = seen.writers.get(`${area}|${key}`);
            seen.storage.set(`${area}|${frameData.origin}|${key}`, { area, key, origin: frameData.origin, thirdParty, ...(setBy && { setBy }) });
          }
        }
      }
      // The whole cookie jar, through CDP: HttpOnly cookies and other domains' cookies too.
      for (const c of await browser.cookies()) {
        const setBy = seen.writers.get(`cookie|${c.name}`);
        seen.cookies.set(`${c.name}|${c.domain}|${c.path}`, {
          name: c.name,
          domain: c.domain,
          path: c.path,
          thirdParty: isThirdParty(c.domain, result.site),
          httpOnly: c.httpOnly,
          secure: c.secure,
          session: c.session,
          ...(c.sameSite && { sameSite: c.sameSite }),
          ...(setBy && { setBy }),
        });
      }
    };
    const visit = async (target, { beforeConsent = true } = {}) => {
      const response = await page.goto(target, { waitUntil: 'load' });
      if (beforeConsent && /html/.test(response?.headers()['content-type'] ?? '')) {
        const html = await response.text().catch(() => '');
        const embeds = html ? await page.evaluate(findEmbeds, html).catch(() => []) : [];
        for (const embed of embeds) {
          if (isThirdParty(embed.host, result.site)) result.embeds.push({ ...embed, page: page.url() });
        }
      }
      await settle();
      await collect();
      if (!result.consentBanner && (await page.evaluate(() => typeof window.consentBanner?.acceptAll === 'function').catch(() => false))) {
        result.consentBanner = page.url();
      }
    };

    // The start page decides the origin, after any redirect (http → https, example.jp → www.example.jp).
    await visit(start.href);
    start = new URL(page.url());
    result.site = start.hostname;
    result.pages.push(start.href);
    const queue = [];
    const queued = new Set([start.href.split('#')[0], url]);
    const findLinks = async () => {
      const hrefs = await page.$$eval('a[href]:not([download])', (links) => links.map((a) => a.href)).catch(() => []);
      for (const href of hrefs) {
        const link = new URL(href);
        link.hash = '';
        if (link.origin !== start.origin || NOT_A_PAGE.test(link.pathname) || queued.has(link.href)) continue;
        queued.add(link.href);
        queue.push(link.href);
      }
    };
    await findLinks();
    while (queue.length && result.pages.length <= pages) {
      const next = queue.shift();
      try {
        await visit(next);
        result.pages.push(next);
        await findLinks();
      } catch (error) {
        result.errors.push({ url: next, message: error.message.split('\n')[0] });
      }
    }
    result.before = finish(seen);

    if (accept) {
      result.accepted = false;
      if (result.consentBanner) {
        await page.goto(result.consentBanner, { waitUntil: 'load' });
        seen = { ...emptyObservation(), writers: seen.writers };
        await page.evaluate(() => window.consentBanner.acceptAll());
        result.accepted = true;
        await settle();
        await collect();
        for (const next of result.pages) {
          await visit(next, { beforeConsent: false }).catch((error) => result.errors.push({ url: next, message: `after consent: ${error.message.split('\n')[0]}` }));
        }
        result.after = finish(seen);
      }
    }
    return result;
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
