// A shop page with the vendors' install snippets pasted as published, for `scan --check`, served over
// HTTPS with real host names: Chromium maps every host to this one local server (--host-resolver-rules)
// and accepts its self-signed certificate (the one @web/dev-server ships), so the snippets run unchanged
// and stand-in scripts play the vendors, writing the cookies their real tags write.
//
//   /shop.html                  the page as pasted, no consent widget
//   /shop.html?variant=autoblock the same page with the widget, autoBlock and catalogue ids
//   /shop.html?variant=marked   the same page with the widget, every tag and embed marked by hand
//
// `node test/scanner/pasted-site.mjs [port]` serves it until interrupted.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:https';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const SITE_HOST = 'shop.example.test';
const siteDir = new URL('./pasted-site/', import.meta.url);
const distDir = new URL('../../dist/', import.meta.url);
// The package's root: its main file is in dist/.
const devServerDir = join(dirname(createRequire(import.meta.url).resolve('@web/dev-server-core')), '..');

const VENDOR_IDS = ['gtm', 'ga4', 'meta-pixel', 'microsoft-clarity', 'hotjar', 'line-tag', 'yahoo-ads', 'youtube', 'google-maps'];
const widget = (extra) => `  <script>window.consentBannerConfig = { policyUrl: '/privacy.html', ${extra}vendors: ${JSON.stringify(VENDOR_IDS)} };</script>
  <script src="/dist/consent-banner.js"></script>`;

/**
 * What each variant adds to the snippets, which otherwise stay as published:
 * - `{{SRC:category}}`, on a `<script src>` written in the HTML, and `{{EMBED:category}}=`, an iframe's address:
 *   the browser fetches both while parsing, before any script can hold them (the README's limit of autoBlock),
 *   so with the widget they are always marked by hand, as `scan --check` tells the site owner to;
 * - `{{HOLD:category}}`, on an inline snippet: marked by hand only in the `marked` variant; with autoBlock the
 *   widget holds the scripts these snippets insert.
 */
const VARIANTS = {
  pasted: { widget: null, src: false, hold: false },
  autoblock: { widget: 'autoBlock: true, ', src: true, hold: false },
  marked: { widget: '', src: true, hold: true },
};
const mark = (category) => ` type="text/plain" data-consent="${category}"`;

function shopPage(template, name) {
  const variant = VARIANTS[name] ?? VARIANTS.pasted;
  return template
    .replace('<!--{{WIDGET}}-->', variant.widget === null ? '' : widget(variant.widget))
    .replace(/ \{\{SRC:([a-z]+)\}\}/g, (_, category) => (variant.src ? mark(category) : ''))
    .replace(/ \{\{HOLD:([a-z]+)\}\}/g, (_, category) => (variant.hold ? mark(category) : ''))
    .replace(/\{\{EMBED:([a-z]+)\}\}=/g, (_, category) => (variant.src ? `data-consent="${category}" data-src=` : 'src='));
}

/** Stand-ins for the vendors' scripts: each writes the first-party cookies its real tag writes, then reports home. */
const cookieScript = (cookies, beacon) =>
  `${cookies.map((cookie) => `document.cookie = '${cookie}; path=/; max-age=3600';`).join('\n')}\nnew Image().src = '${beacon}';\n`;
const STAND_INS = {
  'www.googletagmanager.com/gtm.js': "(window.dataLayer = window.dataLayer || []).push({ event: 'gtm.load' });\n",
  'www.googletagmanager.com/gtag/js': cookieScript(['_ga=GA1.1.1.1', '_ga_XXXXXXXXXX=GS1.1.1'], 'https://www.google-analytics.com/g/collect?v=2'),
  'connect.facebook.net/en_US/fbevents.js': cookieScript(['_fbp=fb.1.1.1'], 'https://www.facebook.com/tr?ev=PageView'),
  'www.clarity.ms/tag/xxxxxxxxxx': cookieScript(['_clck=abc', '_clsk=def'], 'https://a.clarity.ms/collect'),
  'static.hotjar.com/c/hotjar-1234567.js': cookieScript(['_hjSessionUser_1234567=x', '_hjSession_1234567=y'], 'https://in.hotjar.com/api/v2/client'),
  'd.line-scdn.net/n/line_tag/public/release/v1/lt.js': cookieScript(['__lt__cid=c1', '__lt__sid=s1'], 'https://tr.line.me/tag.gif?e=pv'),
  's.yimg.jp/images/listing/tool/cv/ytag.js': cookieScript(['_yjsu_yjad=1.1'], 'https://b97.yahoo.co.jp/pagead/conversion'),
};

export async function startPastedSite({ port: listenPort = 0 } = {}) {
  const [key, cert, template] = await Promise.all([
    readFile(join(devServerDir, '.self-signed-dev-server-ssl.key')),
    readFile(join(devServerDir, '.self-signed-dev-server-ssl.cert')),
    readFile(new URL('shop.html', siteDir), 'utf8'),
  ]);
  const server = createServer({ key, cert }, async (request, response) => {
    const url = new URL(request.url, `https://${request.headers.host}`);
    const host = url.hostname;
    const send = (type, body) => response.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' }).end(body);
    if (host === SITE_HOST) {
      if (url.pathname === '/' || url.pathname === '/shop.html') return send('text/html', shopPage(template, url.searchParams.get('variant')));
      if (url.pathname.startsWith('/dist/')) {
        try {
          return send('text/javascript', await readFile(new URL(url.pathname.slice('/dist/'.length), distDir)));
        } catch {
          return response.writeHead(404).end();
        }
      }
      return send('text/html', '<!doctype html><title>Privacy</title><p>Privacy policy');
    }
    const standIn = STAND_INS[host + url.pathname];
    if (standIn) return send('text/javascript', standIn);
    // The embeds' own pages, and every beacon.
    if (host === 'www.youtube.com' || (host === 'www.google.com' && url.pathname.startsWith('/maps/'))) return send('text/html', '<!doctype html><title>embed</title>');
    response.writeHead(204).end();
  });
  await new Promise((resolve) => server.listen(listenPort, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: (variant) => `https://${SITE_HOST}/shop.html${variant ? `?variant=${variant}` : ''}`,
    /** Every host name goes to this server, and its certificate is accepted. */
    browserArgs: [`--host-resolver-rules=MAP * 127.0.0.1:${port}`, '--ignore-certificate-errors'],
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const site = await startPastedSite({ port: Number(process.argv[2] ?? 0) });
  console.log(`Pasted-snippets shop: ${site.url()}\nChromium flags: ${site.browserArgs.join(' ')}`);
}
