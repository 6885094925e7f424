#!/usr/bin/env node
// Screenshots of the widget for the README, taken from the built Storybook.
//
//   npm run screenshots               build Storybook, then take every screenshot
//   npm run screenshots -- --no-build reuse storybook-static/ if it is there
//
// Serves storybook-static/ on a free localhost port, opens each story's
// iframe.html in headless Chromium (CHROMIUM_PATH, else /usr/bin/chromium),
// writes PNGs of the viewport to docs/screenshots/ and prints a Markdown table
// to paste into the README. Then the configurator (dist/configurator/, from the
// repository root) as docs/screenshots/configurator.png. Japanese needs a CJK font: when none is installed
// and this runs as root, fonts-noto-cjk is installed with apt-get.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findBrowser, QUIET_CHROMIUM_ARGS } from './browsers.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const staticDir = join(root, 'storybook-static');
const outDir = join(root, 'docs', 'screenshots');

const DESKTOP = { width: 1200, height: 800 };
const PHONE = { width: 375, height: 740, isMobile: true, hasTouch: true };

/** file name → story id, viewport, what the README says it shows. */
const SHOTS = [
  ['banner-bar-light.png', 'consent-banner--bar-light', DESKTOP, 'Bottom bar (`bar`, default)'],
  ['banner-bar-dark.png', 'consent-banner--bar-dark', DESKTOP, 'Bottom bar, dark'],
  ['banner-bar-top-light.png', 'consent-banner--bar-top-light', DESKTOP, 'Top bar (`bar-top`)'],
  ['banner-bar-top-dark.png', 'consent-banner--bar-top-dark', DESKTOP, 'Top bar, dark'],
  ['banner-box-light.png', 'consent-banner--box-light', DESKTOP, 'Corner box (`box`)'],
  ['banner-box-dark.png', 'consent-banner--box-dark', DESKTOP, 'Corner box, dark'],
  ['banner-modal-light.png', 'consent-banner--modal-light', DESKTOP, 'Modal (`modal`)'],
  ['banner-modal-dark.png', 'consent-banner--modal-dark', DESKTOP, 'Modal, dark'],
  ['preferences-ja.png', 'consent-banner--preferences-first-visit', DESKTOP, 'Preferences (日本語)'],
  ['preferences-en.png', 'consent-banner--preferences-first-visit-english', DESKTOP, 'Preferences (English)'],
  ['unsubscribe-ja.png', 'consent-banner--unsubscribe-sent', DESKTOP, 'Unsubscribe confirmation'],
  ['banner-phone.png', 'consent-banner--bar-light', PHONE, 'Phone, 375 px wide'],
];

const args = process.argv.slice(2);
const reuse = args.includes('--no-build');
for (const arg of args) {
  if (arg !== '--no-build') {
    console.error(`Unknown argument ${arg}. Usage: node scripts/screenshots.mjs [--no-build]`);
    process.exit(2);
  }
}

function ensureJapaneseFont() {
  const list = spawnSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' });
  if (list.status === 0 && list.stdout.trim()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.warn('No Japanese font found (fc-list :lang=ja is empty); Japanese text may show as boxes. Install fonts-noto-cjk.');
    return;
  }
  console.log('Installing fonts-noto-cjk so Japanese text renders…');
  const install = () => spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'fonts-noto-cjk'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (install().status !== 0) {
    spawnSync('apt-get', ['update'], { stdio: 'inherit' });
    if (install().status !== 0) console.warn('Could not install fonts-noto-cjk; Japanese text may show as boxes.');
  }
}

function buildStorybook() {
  if (reuse && existsSync(join(staticDir, 'iframe.html'))) {
    console.log('Reusing storybook-static/ (--no-build).');
    return;
  }
  console.log('Building Storybook…');
  execFileSync('npm', ['run', 'build-storybook'], { cwd: root, stdio: 'inherit' });
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};

/** A tiny static server for storybook-static/ on 127.0.0.1 and a free port. */
function serve(dir) {
  const server = createServer(async (request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
      let file = normalize(join(dir, path));
      if (file !== dir && !file.startsWith(dir + sep)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  return new Promise((resolvePromise) => server.listen(0, '127.0.0.1', () => resolvePromise(server)));
}

/** Waits until the story has rendered its Lit elements and the fonts have loaded. */
async function storyReady(page) {
  await page.waitForFunction(
    () => {
      const rootEl = document.querySelector('#storybook-root');
      const elements = rootEl ? [...rootEl.querySelectorAll('consent-banner, consent-placeholder, consent-disclosure')] : [];
      return elements.length > 0 && elements.every((el) => el.shadowRoot && !el.isUpdatePending);
    },
    { timeout: 15_000 },
  );
  await page.evaluate(async () => {
    await document.fonts.ready;
    // Two frames, so layout (and the modal dialogs) have settled.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
}

ensureJapaneseFont();
buildStorybook();
await mkdir(outDir, { recursive: true });
const server = await serve(staticDir);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: findBrowser('chromium'),
  headless: true,
  args: [...QUIET_CHROMIUM_ARGS, '--font-render-hinting=none'],
});

const written = [];
try {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  for (const [file, id, viewport, caption] of SHOTS) {
    problems.length = 0;
    await page.setViewport({ deviceScaleFactor: 1, ...viewport });
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await page.goto(`${base}/iframe.html?id=${id}&viewMode=story`, { waitUntil: 'load' });
    try {
      await storyReady(page);
    } catch (error) {
      throw new Error(`Story ${id} did not render: ${problems.join('; ') || error.message}`);
    }
    const path = join(outDir, file);
    await page.screenshot({ path, type: 'png', clip: { x: 0, y: 0, width: viewport.width, height: viewport.height } });
    const { size } = await stat(path);
    written.push({ file, id, caption, viewport, size });
    console.log(`wrote docs/screenshots/${file} (${id}, ${viewport.width}×${viewport.height}, ${Math.round(size / 1024)} KB)`);
  }
} finally {
  await browser.close();
  server.close();
}

// The configurator (dist/configurator/, built by `npm run build`) for the README's "Set up in five minutes",
// with a shop's settings in its link and the real widget in its preview.
const CONFIGURATOR_SETTINGS = {
  v: 1,
  siteLang: 'ja',
  policyUrl: '/privacy',
  disclosureUrl: '/external',
  revision: '2026-11',
  vendors: ['ga4', 'meta-pixel', 'line-tag', 'youtube'].map((id) => ({ kind: 'catalogue', id })),
  layout: 'box',
  theme: 'light',
};
async function configuratorShot() {
  if (!existsSync(join(root, 'dist', 'configurator', 'index.html'))) {
    console.log('Building the configurator (npm run build)…');
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  }
  const rootServer = await serve(root);
  const browser = await puppeteer.launch({ executablePath: findBrowser('chromium'), headless: true, args: [...QUIET_CHROMIUM_ARGS, '--font-render-hinting=none'] });
  try {
    const page = await browser.newPage();
    const viewport = { width: 1280, height: 1000 };
    await page.setViewport({ deviceScaleFactor: 1, ...viewport });
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    // As kept from an earlier visit (localStorage), so the page shows no "loaded from a link" notice.
    await page.evaluateOnNewDocument((settings) => localStorage.setItem('consent-banner-configurator', settings), JSON.stringify(CONFIGURATOR_SETTINGS));
    await page.goto(`http://127.0.0.1:${rootServer.address().port}/dist/configurator/index.html?lang=ja`, { waitUntil: 'load' });
    await page.waitForFunction(
      () => document.querySelector('#preview-frame')?.contentDocument?.querySelector('consent-banner')?.shadowRoot?.querySelector('[part~="banner"]'),
      { timeout: 15_000 },
    );
    await page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    });
    const path = join(outDir, 'configurator.png');
    await page.screenshot({ path, type: 'png', clip: { x: 0, y: 0, ...viewport } });
    const { size } = await stat(path);
    console.log(`wrote docs/screenshots/configurator.png (configurator, ${viewport.width}×${viewport.height}, ${Math.round(size / 1024)} KB)`);
  } finally {
    await browser.close();
    rootServer.close();
  }
}
await configuratorShot();

// A Markdown table for the README: the layouts light and dark side by side, then the rest.
const cell = ({ file, caption }) => `![${caption.replace(/`/g, '')}](docs/screenshots/${file})<br>${caption}`;
const byFile = Object.fromEntries(written.map((shot) => [shot.file, shot]));
const rows = [
  ['| light | dark |', '|---|---|'],
  ...['bar', 'bar-top', 'box', 'modal'].map((layout) => [`| ${cell(byFile[`banner-${layout}-light.png`])} | ${cell(byFile[`banner-${layout}-dark.png`])} |`]),
  [`| ${cell(byFile['preferences-ja.png'])} | ${cell(byFile['preferences-en.png'])} |`],
  [`| ${cell(byFile['unsubscribe-ja.png'])} | ${cell(byFile['banner-phone.png'])} |`],
].flat();
console.log(`\n${written.length} screenshots in docs/screenshots/. For the README:\n`);
console.log(rows.join('\n'));
