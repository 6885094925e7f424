// `npm run bench` (builds first): loads one identical test page per consent
// widget in headless Chromium, N times each in a fresh browser context, on an
// unthrottled desktop and with 4x CPU throttling, and prints medians as a
// markdown table (also written to bench/results.md). See METHOD below and
// bench/widgets.mjs for how each widget is embedded.
//
//   node bench/run.mjs [--runs 15] [--modes desktop,cpu4x,phone4g] [--widgets consent-banner,…] [--compare dist-before] [--out bench/results.md] [--raw samples.json]
//
// --widgets keeps only some widgets (the floor always runs), for a quicker comparison while working; its
// report goes to the system's temporary directory unless --out says otherwise.
//
// Needs Chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH) and the built dist/.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findBrowser, QUIET_CHROMIUM_ARGS } from '../scripts/browsers.mjs';
import { gzipSize, SCENARIOS } from '../scripts/size.mjs';
import { probe } from './probe.mjs';
import { startServer } from './server.mjs';
import { comparisonWidget, FLOOR, VARIANTS, WIDGETS } from './widgets.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const VIEWPORT = { width: 1366, height: 768, deviceScaleFactor: 1 };
/** Lighthouse's mobile screen (Moto G Power). */
const PHONE_VIEWPORT = { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true };
const MODES = {
  desktop: { id: 'desktop', label: 'Desktop (no CPU throttling)', cpu: 1, viewport: VIEWPORT },
  cpu4x: { id: 'cpu4x', label: '4x CPU throttling', cpu: 4, viewport: VIEWPORT },
  // Lighthouse's mobile profile ("slow 4G"), applied per request by the DevTools protocol: 150 ms round trip,
  // 1.6 Mbit/s down, 750 kbit/s up (bytes per second below), and a 4x slower CPU.
  phone4g: {
    id: 'phone4g',
    label: 'Phone on slow 4G (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, 4x CPU, 412×823)',
    cpu: 4,
    viewport: PHONE_VIEWPORT,
    network: { latency: 150, download: (1.6 * 1024 * 1024) / 8, upload: (750 * 1024) / 8 },
  },
};
/** After the awaited event, wait this long (× CPU slowdown) so late work is counted before reading main-thread metrics. */
const SETTLE_MS = 300;
/** Budget for one page visit (× CPU slowdown); a run that exceeds it fails naming the step it was on. */
const RUN_TIMEOUT_MS = 20_000;
const ATTEMPTS = 2;
/** Pause between page loads so closing one context (and Chromium starting its spare renderer) does not overlap the next measurement. */
const GAP_MS = 300;
/**
 * Before each page load, wait (up to QUIET_MAX_WAIT_MS) until the whole machine's CPU use over the last
 * GAP_MS is below QUIET_BUSY: other work on a 2-core machine (a test run, a build) skews every time.
 */
const QUIET_BUSY = 0.5;
const QUIET_MAX_WAIT_MS = 3_000;

const METHOD = [
  'Each widget is embedded as its own documentation shows into the same page (bench/pages/template.html, `<html lang="ja">`), served uncompressed from a local Node http server on 127.0.0.1; Chromium runs headless via puppeteer-core, one fresh incognito browser context per page load (no cache, no cookies unless set), viewport 1366×768. Runs are interleaved: each round loads every page once (widgets: a first visit and a returning visit), in an order shuffled per round with a fixed seed, so no page always follows the same one; one warm-up round is discarded. Numbers are medians over N runs.',
  '**JS+CSS gzip**: every file the page actually requested from the widget (recorded from the browser\'s network events), each gzipped at level 9 with zlib and summed. Site-side configuration files (vanilla-cookieconsent\'s init file, klaro\'s config) are not counted; their sizes are listed below.',
  '**FCP**: first-contentful-paint of the page (paint timing). **FCP delay**: the widget page\'s median FCP minus the empty (floor) page\'s, in the same mode and session: how much later the site\'s own content paints because of the widget (a render-blocking stylesheet, or script run before the first paint).',
  '**Phone on slow 4G**: Lighthouse\'s mobile profile through the DevTools protocol: `Network.emulateNetworkConditions` with 150 ms latency per request, 1.6 Mbit/s down and 750 kbit/s up, `Emulation.setCPUThrottlingRate` 4, a 412×823 viewport at 1.75 device pixels. (Lighthouse\'s own DevTools throttling multiplies the per-request latency by 3.75 to stand for its simulated connection set-up; here it is the plain 150 ms, so round trips cost less than in Lighthouse.)',
  '**banner visible**: `performance.now()` (ms since navigation start) in the first animation frame in which the banner element is connected, has a non-zero bounding box and `checkVisibility({opacityProperty, visibilityProperty})` is true. A script injected before the page (`evaluateOnNewDocument`) checks this in `requestAnimationFrame` on every frame, i.e. in the frame that paints the banner, before its paint, so the number is frame-aligned (up to one frame, ~17 ms, late) but the probe forces no layout of its own (checking on every DOM mutation did, and skewed the floor page by a full extra layout of the Japanese text mid-parse). A banner fading in counts as visible at the first frame its opacity is above 0. For the floor, the same probe times the page\'s own `<main>`. The probe only watches on first visits (floor included); returning visits run without it.',
  `**main-thread script / all**: Chrome's \`Performance.getMetrics\` (CDP) \`ScriptDuration\` and \`TaskDuration\` (all main-thread tasks: parsing, script, style, layout, paint) of the page's renderer, read after the banner is visible (returning visit: after the gated script ran) plus a settle time of ${SETTLE_MS} ms × CPU slowdown, minus the same metric on the floor page loaded the same way (median of each). It is what the widget adds to the page, but not split by script URL.`,
  '**click → hidden**: a real mouse click (CDP input events) on the accept button once the banner has settled and its animations have finished; from the click event\'s `timeStamp` (recorded by a capture listener on window) until the banner leaves the DOM (a MutationObserver on the document and our shadow root sees that at once) or, checked on every frame, is no longer visible by the test above. A widget that fades out is hidden when the fade ends.',
  '**click → gated script**: from the same click until the gated analytics script on the page has run.',
  '**gated script ran** (returning visitor): the consent cookie granting analytics is set before navigation (ours: `consent_banner=1|1|<now>|abcdefgh12345678|analytics`; vanilla-cookieconsent and klaro: the exact cookies they wrote after an accept click in the warm-up round). Time since navigation start at which the page\'s gated inline script (each widget\'s own gating syntax) assigns `window.__gatedRanAt = performance.now()`; on the floor page the same script is not gated. The run also fails if a returning visitor is shown the banner.',
  '**CLS**: sum of `layout-shift` entries without recent input (PerformanceObserver, buffered), until just before the click.',
  '**× floor**: widget median divided by the floor page\'s median for the same metric in the same mode and session.',
  `**Noise control**: every page load starts after a pause of ${GAP_MS} ms, extended (up to ${QUIET_MAX_WAIT_MS / 1000} s) while the machine's CPU use (/proc/stat) is over ${QUIET_BUSY * 100}%, so other work or the previous context's teardown does not overlap it (after three loads in a row that waited in vain, only the pause until the machine calms down); the counts are given per mode. Medians are what make the numbers usable on a shared machine; compare widgets within one report, not across reports. A failed page load is retried once; a second failure stops the benchmark with the widget, visit kind and metric it was waiting for.`,
];

// ---------------------------------------------------------------------------------------------------------------------

function parseArgs(argv) {
  const options = { runs: 15, modes: ['desktop', 'cpu4x', 'phone4g'], widgets: WIDGETS, out: null, raw: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--runs') {
      options.runs = Number(value());
      if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error('--runs must be a whole number ≥ 1');
    } else if (arg === '--modes') {
      options.modes = value().split(',').filter(Boolean);
      const unknown = options.modes.filter((m) => !MODES[m]);
      if (unknown.length || !options.modes.length) throw new Error(`--modes takes a comma list of ${Object.keys(MODES).join(', ')}`);
    } else if (arg === '--widgets') {
      const ids = value().split(',').filter(Boolean);
      const known = [...WIDGETS, ...VARIANTS];
      const unknown = ids.filter((id) => !known.some((w) => w.id === id));
      if (unknown.length || !ids.length) throw new Error(`--widgets takes a comma list of ${known.map((w) => w.id).join(', ')}`);
      options.widgets = known.filter((w) => ids.includes(w.id));
    } else if (arg === '--compare') {
      options.compare = value();
    } else if (arg === '--out') {
      options.out = value();
    } else if (arg === '--raw') {
      options.raw = value();
    } else if (arg === '--help' || arg === '-h') {
      console.log('Usage: node bench/run.mjs [--runs N (15)] [--modes desktop,cpu4x,phone4g] [--widgets id,…] [--out bench/results.md] [--raw samples.json]');
      process.exit(0);
    } else {
      throw new Error(`unknown argument ${arg}`);
    }
  }
  // --compare <dir>: our widget from another build (relative to the repo, e.g. a copy of dist/), interleaved.
  if (options.compare) options.widgets = [...options.widgets, comparisonWidget(options.compare)];
  // A run of only some widgets is a quick check, not the committed comparison the README quotes.
  options.out ??= options.widgets === WIDGETS && !options.compare ? join(ROOT, 'bench', 'results.md') : join(os.tmpdir(), 'consent-banner-bench-partial.md');
  return options;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Share of all CPUs busy (0–1) during `ms`, from /proc/stat; null where there is none. */
async function cpuBusy(ms) {
  const read = () => {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
    const idle = fields[3] + (fields[4] ?? 0);
    return { idle, total: fields.reduce((a, b) => a + b, 0) };
  };
  if (!existsSync('/proc/stat')) {
    await sleep(ms);
    return null;
  }
  const start = read();
  await sleep(ms);
  const end = read();
  const total = end.total - start.total;
  return total > 0 ? 1 - (end.idle - start.idle) / total : null;
}

/** Pauses GAP_MS, then longer while the machine is busy; returns { busy, waited } for the report. */
let busyStreak = 0;
async function waitForQuiet() {
  const started = Date.now();
  let busy = await cpuBusy(GAP_MS);
  // After three loads in a row that waited in vain, the machine is busy for good: stop waiting until it calms down.
  const maxWait = busyStreak >= 3 ? 0 : QUIET_MAX_WAIT_MS;
  while (busy !== null && busy > QUIET_BUSY && Date.now() - started < maxWait) busy = await cpuBusy(GAP_MS);
  busyStreak = busy !== null && busy > QUIET_BUSY ? busyStreak + 1 : 0;
  return { busy, waited: Date.now() - started };
}

function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Deterministic PRNG (mulberry32), so the page order is the same from one benchmark run to the next. */
function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher–Yates); a widget's first visit still comes before its returning visit within a round. */
function shuffled(list, random) {
  const copy = list.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  // The returning visit of a widget whose cookie comes from its own accept click needs that click first.
  for (let i = 0; i < copy.length; i++) {
    if (copy[i].kind !== 'returning') continue;
    const j = copy.findIndex((load, k) => k > i && load.widget === copy[i].widget && load.kind === 'first');
    if (j !== -1) [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

const gzipCache = new Map();
function gzipOfFile(path) {
  if (!gzipCache.has(path)) {
    const bytes = readFileSync(path);
    gzipCache.set(path, { raw: bytes.length, gzip: gzipSize(bytes) });
  }
  return gzipCache.get(path);
}

class BenchError extends Error {}

/** Events the probe sends through the CDP binding, awaitable by type. */
function listen(cdp) {
  const seen = new Map();
  const waiters = [];
  cdp.on('Runtime.bindingCalled', ({ name, payload }) => {
    if (name !== '__benchEmit') return;
    let message;
    try {
      message = JSON.parse(payload);
    } catch {
      return;
    }
    if (!seen.has(message.type)) seen.set(message.type, message.state);
    for (const waiter of waiters.filter((w) => w.type === message.type || message.type === 'timeout')) waiter.resolve(message);
  });
  return {
    wait(type) {
      if (seen.has(type)) return Promise.resolve({ type, state: seen.get(type) });
      if (seen.has('timeout')) return Promise.resolve({ type: 'timeout', state: seen.get('timeout') });
      return new Promise((resolve) => waiters.push({ type, resolve }));
    },
  };
}

const describeTarget = (target) => (target.host ? `${target.host} >>> ${target.selector}` : target.selector);

/**
 * One page load in a fresh browser context.
 * kind: 'first' (no cookie: banner, settle, click accept) or 'returning' (cookie set: gated script).
 * The floor page is loaded both ways too, with the same probe work, minus the click: its "banner" is its <main>.
 */
async function visit(browser, server, { widget, mode, kind, cookies }) {
  const floor = widget === FLOOR;
  const label = `${widget.id} [${mode.id}, ${kind === 'first' ? 'first visit' : 'returning visitor'}]`;
  const timeoutMs = RUN_TIMEOUT_MS * mode.cpu;
  let step = 'opening a browser context';
  const context = await browser.createBrowserContext();
  let timer;
  const timedOut = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new BenchError(`${label}: timed out after ${timeoutMs} ms while ${step}`)), timeoutMs);
  });
  const problems = [];
  const work = async () => {
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
    });
    const requested = new Set();
    page.on('requestfinished', (request) => {
      const url = new URL(request.url());
      if (url.origin === server.origin) requested.add(url.pathname);
    });
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));

    const cdp = await page.createCDPSession();
    const events = listen(cdp);
    await cdp.send('Runtime.enable');
    await cdp.send('Runtime.addBinding', { name: '__benchEmit' });
    await cdp.send('Performance.enable'); // wall-clock durations (timeTicks), so CPU throttling shows
    await page.emulateCPUThrottling(mode.cpu > 1 ? mode.cpu : null);
    await page.setViewport(mode.viewport);
    if (mode.network) await page.emulateNetworkConditions(mode.network);
    await page.evaluateOnNewDocument(probe, {
      banner: widget.banner,
      watchBanner: kind !== 'returning',
      watchClick: kind === 'first',
      maxWatchMs: timeoutMs,
    });
    if (cookies) await context.setCookie(...cookies.map((c) => ({ ...c, domain: '127.0.0.1' })));

    const expect = async (type, what) => {
      step = `waiting for ${what}`;
      const event = await events.wait(type);
      if (event.type === 'timeout') throw new BenchError(`${label}: ${what} did not happen within ${timeoutMs} ms`);
      return event.state;
    };

    step = 'loading the page';
    const response = await page.goto(`${server.origin}/p/${widget.id}.html`, { waitUntil: 'load', timeout: timeoutMs });
    if (!response?.ok()) throw new BenchError(`${label}: the test page answered ${response?.status()}`);

    if (kind === 'first') {
      await expect('visible', floor ? 'metric "banner visible" (the floor page\'s <main>)' : `metric "banner visible" (${describeTarget(widget.banner)} shown)`);
    } else {
      await expect(
        'gated',
        floor
          ? 'metric "gated script ran" (ungated script on the floor page)'
          : 'metric "gated script ran": the gated analytics script should run for a returning visitor whose cookie grants analytics',
      );
    }

    step = 'letting the page settle';
    await sleep(SETTLE_MS * mode.cpu);
    step = 'reading Performance.getMetrics (main-thread time)';
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => {
      const found = metrics.find((m) => m.name === name);
      if (!found) throw new BenchError(`${label}: Performance.getMetrics has no ${name}`);
      return found.value * 1000;
    };
    step = 'reading the probe state';
    const before = await page.evaluate(() => {
      const [nav] = performance.getEntriesByType('navigation');
      const navigation = nav && {
        requestStart: nav.requestStart,
        responseStart: nav.responseStart,
        responseEnd: nav.responseEnd,
        domInteractive: nav.domInteractive,
        domContentLoaded: nav.domContentLoadedEventStart,
        load: nav.loadEventStart,
      };
      return { ...window.__bench, navigation, bannerVisibleNow: window.__bench.bannerVisibleNow() };
    });
    const sample = {
      requested: [...requested],
      fcp: before.fcp,
      visibleAt: before.visibleAt,
      gatedAt: before.gatedAt,
      cls: before.cls,
      longTasks: before.longTasks,
      navigation: before.navigation,
      scriptMs: metric('ScriptDuration'),
      taskMs: metric('TaskDuration'),
      problems,
    };
    if (kind === 'returning' && !floor && before.bannerVisibleNow) {
      throw new BenchError(`${label}: the banner is shown to a returning visitor; the consent cookie was not accepted`);
    }

    if (kind === 'first' && !floor) {
      if (before.gatedAt !== null) throw new BenchError(`${label}: the gated analytics script ran before any consent`);
      step = `waiting for the banner's animations to finish (${describeTarget(widget.banner)})`;
      await page.waitForFunction(
        (banner) => {
          const roots = [document];
          const host = banner.host && document.querySelector(banner.host);
          if (host && host.shadowRoot) roots.push(host.shadowRoot);
          return roots.every((root) => root.getAnimations().every((a) => a.playState !== 'running'));
        },
        { polling: 50, timeout: timeoutMs },
        widget.banner,
      );
      step = `finding the accept button (${describeTarget(widget.accept)})`;
      const handle = await page.evaluateHandle((accept) => {
        const root = accept.host ? document.querySelector(accept.host)?.shadowRoot : document;
        return root ? root.querySelector(accept.selector) : null;
      }, widget.accept);
      const button = handle.asElement();
      if (!button) throw new BenchError(`${label}: accept button ${describeTarget(widget.accept)} not found`);
      const text = (await button.evaluate((el) => el.textContent)).trim();
      if (widget.acceptLabel && text !== widget.acceptLabel) {
        problems.push(`accept button reads "${text}", expected "${widget.acceptLabel}" (Japanese page)`);
      }
      step = 'clicking the accept button';
      await button.click();
      const afterHidden = await expect('hidden', `metric "click → hidden" (${describeTarget(widget.banner)} hidden after clicking accept)`);
      const afterGated = await expect('gated', 'metric "click → gated script" (the gated analytics script should run after accept)');
      sample.clickToHidden = afterHidden.hiddenAt - afterHidden.clickAt;
      sample.clickToGated = afterGated.gatedAt - afterHidden.clickAt;
      step = 'reading the cookies written on accept';
      sample.cookiesAfterAccept = (await context.cookies()).map(({ name, value, path }) => ({ name, value, path }));
    }
    return sample;
  };
  const working = work();
  working.catch(() => {}); // after a timeout it fails too, once the context is closed; the timeout is the error to report
  try {
    return await Promise.race([working, timedOut]);
  } catch (error) {
    if (error instanceof BenchError) throw error;
    throw new BenchError(`${label}: failed while ${step}: ${error.message}`);
  } finally {
    clearTimeout(timer);
    await context.close().catch(() => {});
  }
}

async function withRetry(run, log) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= ATTEMPTS) throw error;
      log(`  ${error.message}; retrying (attempt ${attempt + 1} of ${ATTEMPTS})`);
    }
  }
}

function ownedBytes(widget, server, requested) {
  let gzip = 0;
  const files = [];
  for (const pathname of requested) {
    if (!widget.owns(pathname)) continue;
    const size = server.sizeOf(pathname);
    if (!size) continue;
    files.push(relative(ROOT, size.file));
    gzip += size.gzip;
  }
  return { gzip, files: files.sort() };
}

async function runMode(mode, options, server, log) {
  const browser = await puppeteer.launch({
    executablePath: findBrowser('chromium'),
    headless: true,
    args: QUIET_CHROMIUM_ARGS,
    defaultViewport: VIEWPORT,
    protocolTimeout: 120_000,
  });
  const pages = [FLOOR, ...options.widgets];
  const samples = Object.fromEntries(pages.map((w) => [w.id, { first: [], returning: [] }]));
  const problems = new Set();
  const loadedFiles = {};
  const load = [];
  const quietLog = [];
  try {
    const browserVersion = await browser.version();
    const cookies = {};
    for (const widget of options.widgets) if (widget.returningCookies) cookies[widget.id] = null; // built per run

    const round = async (record) => {
      const loads = pages.flatMap((widget) => ['first', 'returning'].map((kind) => ({ widget, kind })));
      for (const { widget, kind } of shuffled(loads, random)) {
        const cookieList = kind === 'returning' && widget !== FLOOR ? (widget.returningCookies ? widget.returningCookies() : cookies[widget.id]) : undefined;
        if (kind === 'returning' && widget !== FLOOR && !cookieList?.length) {
          throw new BenchError(`${widget.id} [${mode.id}]: no consent cookie was captured after accepting in the warm-up round`);
        }
        const quiet = await waitForQuiet();
        if (record) quietLog.push(quiet);
        const sample = await withRetry(() => visit(browser, server, { widget, mode, kind, cookies: cookieList }), log);
        for (const problem of sample.problems) problems.add(`${widget.id} (${kind}): ${problem}`);
        if (kind === 'first' && widget !== FLOOR && !widget.returningCookies) {
          // Keep the cookies the widget itself wrote on "accept all" for its returning-visitor runs.
          cookies[widget.id] = sample.cookiesAfterAccept;
        }
        const bytes = ownedBytes(widget, server, sample.requested);
        (loadedFiles[widget.id] ??= {})[kind] = bytes.files;
        if (record) samples[widget.id][kind].push({ ...sample, bytes: bytes.gzip });
      }
    };

    const random = seededRandom(20261130);
    log(`${mode.label}: warm-up round (discarded; captures the widgets' own consent cookies)`);
    await round(false);
    for (const widget of options.widgets) {
      if (!widget.returningCookies) log(`  ${widget.id} cookie: ${cookies[widget.id].map((c) => `${c.name}=${c.value}`).join('; ')}`);
    }
    for (let i = 0; i < options.runs; i++) {
      log(`${mode.label}: run ${i + 1}/${options.runs}`);
      await round(true);
      load.push(os.loadavg()[0]);
    }
    return { mode, widgets: options.widgets, samples, problems: [...problems], loadedFiles, browserVersion, load, quietLog };
  } finally {
    await browser.close().catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------------------------------

const ms = (v) => (v === null ? 'n/a' : v >= 100 ? `${Math.round(v)} ms` : `${v.toFixed(1)} ms`);
const ratio = (v, floor) => (v === null || !floor ? 'n/a' : `×${(v / floor).toFixed(2)}`);
const bytes = (v) => (v === null ? 'n/a' : `${v.toLocaleString('en-US')} B`);
const diff = (a, b) => (a === null || b === null ? null : a - b);
const delta = (v) => (v === null ? 'n/a' : `${v >= 0 ? '+' : '−'}${ms(Math.abs(v))}`);
const score = (v) => (v === null ? 'n/a' : v.toFixed(3));

function summarise(result) {
  const { samples } = result;
  const m = (id, kind, key) => median(samples[id][kind].map((s) => s[key]));
  const floor = {
    visible: m('floor', 'first', 'visibleAt'),
    fcp: m('floor', 'first', 'fcp'),
    cls: m('floor', 'first', 'cls'),
    script: m('floor', 'first', 'scriptMs'),
    task: m('floor', 'first', 'taskMs'),
    gated: m('floor', 'returning', 'gatedAt'),
    returningScript: m('floor', 'returning', 'scriptMs'),
    returningTask: m('floor', 'returning', 'taskMs'),
  };
  const rows = result.widgets.map((w) => ({
    widget: w,
    first: {
      bytes: m(w.id, 'first', 'bytes'),
      fcp: m(w.id, 'first', 'fcp'),
      visible: m(w.id, 'first', 'visibleAt'),
      script: m(w.id, 'first', 'scriptMs'),
      task: m(w.id, 'first', 'taskMs'),
      hidden: m(w.id, 'first', 'clickToHidden'),
      clickGated: m(w.id, 'first', 'clickToGated'),
      cls: m(w.id, 'first', 'cls'),
      longTasks: m(w.id, 'first', 'longTasks'),
    },
    returning: {
      bytes: m(w.id, 'returning', 'bytes'),
      gated: m(w.id, 'returning', 'gatedAt'),
      script: m(w.id, 'returning', 'scriptMs'),
      task: m(w.id, 'returning', 'taskMs'),
      longTasks: m(w.id, 'returning', 'longTasks'),
    },
  }));
  return { floor, rows };
}

function renderMode(result, runs) {
  const { floor, rows } = summarise(result);
  let load = result.load.length ? ` System load average (1 min) after each round: median ${median(result.load).toFixed(1)}, max ${Math.max(...result.load).toFixed(1)} on ${os.cpus().length} cores.` : '';
  const measured = result.quietLog.filter((q) => q.busy !== null);
  if (measured.length) {
    const busy = measured.filter((q) => q.busy > QUIET_BUSY).length;
    const waited = measured.filter((q) => q.waited > GAP_MS * 1.5).length;
    load += ` Page loads that started while the machine was over ${QUIET_BUSY * 100}% busy: ${busy} of ${measured.length} (${waited} waited first for it to calm down).`;
  }
  const out = [`## ${result.mode.label}`, '', `Medians of ${runs} runs per widget.${load}`, ''];
  out.push('**First visit** (no cookie: the banner must appear)', '');
  out.push('| widget | JS+CSS gzip | FCP | FCP delay | banner visible | × floor | main-thread script | main-thread all | click → hidden | click → gated script | CLS |');
  out.push('|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
  out.push(
    `| ${FLOOR.name} | 0 B | ${ms(floor.fcp)} | – | ${ms(floor.visible)} (page content) | ×1.00 | ${ms(floor.script)} (absolute) | ${ms(floor.task)} (absolute) | – | – | ${score(floor.cls)} |`,
  );
  for (const { widget, first } of rows) {
    out.push(
      `| ${widget.name} | ${bytes(first.bytes)} | ${ms(first.fcp)} | ${delta(diff(first.fcp, floor.fcp))} | ${ms(first.visible)} | ${ratio(first.visible, floor.visible)} | ${delta(diff(first.script, floor.script))} | ${delta(diff(first.task, floor.task))} | ${ms(first.hidden)} | ${ms(first.clickGated)} | ${score(first.cls)} |`,
    );
  }
  out.push('', '**Returning visitor** (consent cookie granting analytics set before navigation)', '');
  out.push('| widget | JS+CSS gzip | gated script ran | × floor | main-thread script | main-thread all |');
  out.push('|---|--:|--:|--:|--:|--:|');
  out.push(`| ${FLOOR.name} | 0 B | ${ms(floor.gated)} (not gated) | ×1.00 | ${ms(floor.returningScript)} (absolute) | ${ms(floor.returningTask)} (absolute) |`);
  for (const { widget, returning } of rows) {
    out.push(
      `| ${widget.name} | ${bytes(returning.bytes)} | ${ms(returning.gated)} | ${ratio(returning.gated, floor.gated)} | ${delta(diff(returning.script, floor.returningScript))} | ${delta(diff(returning.task, floor.returningTask))} |`,
    );
  }
  out.push('');
  return out.join('\n');
}

/** Checks that what the browser loaded for our widget matches the file lists in scripts/size.mjs. */
function sizeListCheck(results) {
  const notes = [];
  const scenario = (name) => SCENARIOS.find((s) => s.name === name)?.files.slice().sort() ?? [];
  for (const result of results) {
    if (!result.widgets.some((w) => w.id === 'consent-banner')) continue;
    const loaded = result.loadedFiles['consent-banner'] ?? {};
    for (const [kind, name] of [['first', 'first visit'], ['returning', 'returning visitor']]) {
      const got = loaded[kind] ?? [];
      const want = scenario(name);
      if (got.join() !== want.join()) {
        notes.push(
          `${result.mode.id}: a ${name} loaded ${got.join(', ') || 'nothing'} from dist/, but scripts/size.mjs lists ${want.join(', ')} for "${name}". Update SCENARIOS there.`,
        );
      }
    }
  }
  return [...new Set(notes)];
}

function gitDescription() {
  try {
    const rev = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: ROOT, encoding: 'utf8' }).trim();
    return `${rev}${dirty ? ' + uncommitted changes in src/' : ''}`;
  } catch {
    return 'unknown';
  }
}

function version(pkg) {
  try {
    return JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

function renderReport(results, options, startedAt) {
  const cpus = os.cpus();
  const own = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
  const configSizes = ['vanilla-cookieconsent-init.js', 'klaro-config.js']
    .map((f) => `${f} ${gzipOfFile(join(ROOT, 'bench', 'pages', f)).gzip} B gzip`)
    .join(', ');
  const out = [
    '# Consent widget benchmark',
    '',
    `- Date: ${startedAt.toISOString()}`,
    `- Machine: ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}; Node ${process.version}; ${results[0]?.browserVersion ?? 'Chromium'} (headless, puppeteer-core ${version('puppeteer-core')}). Browser, server and runner share these cores, so absolute times are only comparable within one run of this script.`,
    `- Runs: ${options.runs} per widget, per visit kind and per mode (after 1 discarded warm-up round).`,
    `- Widgets: consent-banner ${own} (${gitDescription()}), vanilla-cookieconsent ${version('vanilla-cookieconsent')}, klaro ${version('klaro')}.`,
    '',
  ];
  for (const result of results) out.push(renderMode(result, options.runs));
  out.push('## Method', '', ...METHOD.map((line) => `- ${line}`), `- Site-side config, not counted in JS+CSS: ${configSizes}.`, '');
  const files = results[0]?.loadedFiles ?? {};
  out.push('Embedding notes:', '');
  for (const widget of options.widgets) out.push(`- ${widget.name}: ${widget.note}`);
  out.push('', 'Files counted as each widget\'s JS+CSS (first visit / returning visitor):', '');
  for (const widget of options.widgets) {
    const f = files[widget.id] ?? {};
    out.push(`- ${widget.name}: ${(f.first ?? []).join(', ') || 'none'} / ${(f.returning ?? []).join(', ') || 'none'}`);
  }
  out.push('');
  const notes = [...sizeListCheck(results), ...new Set(results.flatMap((r) => r.problems.map((p) => `${r.mode.id}: ${p}`)))];
  if (notes.length) out.push('## Warnings', '', ...notes.map((n) => `- ${n}`), '');
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------------------------------

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const log = (message) => console.error(`[bench] ${message}`);
  for (const file of new Set(SCENARIOS.flatMap((s) => s.files))) {
    if (!existsSync(join(ROOT, file))) throw new Error(`${file} is missing: run \`npm run build\` first (npm run bench does).`);
  }
  for (const pkg of ['vanilla-cookieconsent', 'klaro']) {
    if (!existsSync(join(ROOT, 'node_modules', pkg))) throw new Error(`${pkg} is not installed: run \`npm install\`.`);
  }
  const executablePath = findBrowser('chromium');
  if (!existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath}: install Debian's chromium or set CHROMIUM_PATH.`);

  const startedAt = new Date();
  const server = await startServer({ root: ROOT, pages: [FLOOR, ...new Set([...WIDGETS, ...VARIANTS, ...options.widgets])] });
  log(`serving the test pages at ${server.origin}/p/<widget>.html; ${options.runs} runs; modes: ${options.modes.join(', ')}`);
  const results = [];
  try {
    for (const id of options.modes) results.push(await runMode(MODES[id], options, server, log));
  } finally {
    await server.close();
  }
  const report = renderReport(results, options, startedAt);
  console.log(report);
  // Keep the consent service's section (written by bench/service.mjs) when rewriting the file.
  const serviceSection = existsSync(options.out) ? /<!-- service-bench:start -->[\s\S]*<!-- service-bench:end -->/.exec(readFileSync(options.out, 'utf8'))?.[0] : undefined;
  writeFileSync(options.out, serviceSection ? `${report.trimEnd()}\n\n${serviceSection}\n` : report);
  if (options.raw) {
    const raw = results.map(({ mode, samples }) => ({
      mode: mode.id,
      samples: Object.fromEntries(
        Object.entries(samples).map(([id, kinds]) => [
          id,
          Object.fromEntries(Object.entries(kinds).map(([kind, list]) => [kind, list.map(({ cookiesAfterAccept, problems, ...rest }) => rest)])),
        ]),
      ),
    }));
    writeFileSync(options.raw, JSON.stringify(raw, null, 2));
  }
  log(`written to ${relative(process.cwd(), options.out) || options.out}`);
}

main().catch((error) => {
  console.error(`[bench] ${error instanceof BenchError ? error.message : error.stack ?? error}`);
  process.exitCode = 1;
});
