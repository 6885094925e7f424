// The widgets the benchmark compares. Each is embedded the way its own
// documentation shows, into one identical page (bench/pages/template.html),
// with one gated analytics script in that widget's own gating syntax.
//
// Selectors are serialisable descriptors the in-page probe understands:
// { host?: 'tag', selector: 'css' }: with host, `selector` is looked up in
// that element's open shadow root.

/** The gated script body: identical on every page; the floor page runs it ungated. */
export const GATED_BODY = 'window.__gatedRanAt = performance.now();';

/** Our cookie for a returning visitor who granted analytics (format in README "The cookie"). */
function ourCookie() {
  return { name: 'consent_banner', value: `1|1|${Math.floor(Date.now() / 1000)}|abcdefgh12345678|analytics`, path: '/' };
}

export const FLOOR = {
  id: 'floor',
  name: 'floor (0-byte script)',
  // Same position as our script tag; a 0-byte file, so only the request and the page itself cost anything.
  head: '<script src="/site/empty.js"></script>',
  gated: `<script>${GATED_BODY}</script>`,
  bodyEnd: '',
  // "Visible" for the floor is the page's own content, measured by the same probe.
  banner: { selector: 'main' },
  accept: null,
  /** URL paths whose bytes count as this page's "widget". */
  owns: (pathname) => pathname === '/site/empty.js',
};

export const WIDGETS = [
  {
    id: 'consent-banner',
    name: 'consent-banner (this repo)',
    // README "Adding it to a site": one tag, as early as you can in <head>; the UI file sits beside it.
    head: '<script src="/w/consent-banner/consent-banner.js" data-policy-url="/privacy"></script>',
    gated: `<script type="text/plain" data-consent="analytics">${GATED_BODY}</script>`,
    bodyEnd: '',
    banner: { host: 'consent-banner', selector: '[part~="banner"]' },
    accept: { host: 'consent-banner', selector: '[part~="button-accept"]' },
    acceptLabel: 'すべて同意する',
    note: 'A classic script in `<head>` (no defer, as the README says). A first visit `import()`s the UI, its texts and the config rules at once and shows the first layer from them; the core follows when the pointer reaches the banner (puppeteer moves the mouse onto the button just before its click). A returning visitor loads only the boot file.',
    returningCookies: () => [ourCookie()],
    owns: (pathname) => pathname.startsWith('/w/consent-banner/'),
  },
  {
    id: 'vanilla-cookieconsent',
    name: 'vanilla-cookieconsent 3',
    // Its "Getting started" (HTML): the stylesheet in <head>, the UMD build and an init file deferred at the end of <body>.
    head: '<link rel="stylesheet" href="/w/vanilla-cookieconsent/cookieconsent.css">',
    gated: `<script type="text/plain" data-category="analytics">${GATED_BODY}</script>`,
    bodyEnd:
      '<script defer src="/w/vanilla-cookieconsent/cookieconsent.umd.js"></script>\n' +
      '<script defer src="/site/vanilla-cookieconsent-init.js"></script>',
    // #cc-main is the root; .cm is the consent modal (the banner). It fades in/out via opacity/visibility.
    banner: { selector: '#cc-main .cm' },
    accept: { selector: '#cc-main .cm [data-role="all"]' },
    acceptLabel: 'すべて同意する',
    note: 'Needs `hideFromBots: false` in its config, or it never shows under automation (`navigator.webdriver`). Its stylesheet is loaded the docs\' "typical" way (render-blocking; the docs\' alternative `media="print" onload` defers it). It starts its show animation 100 ms after building the modal and fades in and out (opacity/visibility transitions): both are in "banner visible" and "click → hidden".',
    // Cookie `cc_cookie` (JSON) is captured from a real "accept all" click in the warm-up round.
    returningCookies: null,
    owns: (pathname) => pathname.startsWith('/w/vanilla-cookieconsent/'),
  },
  {
    id: 'klaro',
    name: 'klaro',
    // klaro/dist/README.md and config.js: the config and klaro.js (CSS included), both deferred, in <head>.
    head:
      '<script defer src="/site/klaro-config.js"></script>\n' +
      '<script defer data-config="klaroConfig" src="/w/klaro/klaro.js"></script>',
    gated: `<script type="text/plain" data-type="application/javascript" data-name="analytics">${GATED_BODY}</script>`,
    bodyEnd: '',
    // <div id="klaro"> is the root; the notice is .cookie-notice (#klaro-cookie-notice).
    banner: { selector: '#klaro .cookie-notice:not(.cookie-notice-hidden)' },
    accept: { selector: '#klaro .cookie-notice .cm-btn-success' },
    acceptLabel: 'すべて同意する',
    note: 'klaro.js includes its CSS (injected by the script). It has no Japanese translation, so the config supplies the notice texts; it renders (Preact) once the DOM is parsed.',
    // Cookie `klaro` (URL-encoded JSON) is captured from a real accept click in the warm-up round.
    returningCookies: null,
    owns: (pathname) => pathname.startsWith('/w/klaro/'),
  },
];

/**
 * Not in the default comparison: our widget with the README's optional hints that start a first visit's
 * files with the page (`--widgets consent-banner-preload`). A returning visitor downloads them too, unused.
 */
export const VARIANTS = [
  {
    ...WIDGETS[0],
    id: 'consent-banner-preload',
    name: 'consent-banner + modulepreload',
    head:
      '<link rel="modulepreload" href="/w/consent-banner/consent-banner-core-rules.js">\n' +
      '<link rel="modulepreload" href="/w/consent-banner/consent-banner-ui.js">\n' +
      '<link rel="modulepreload" href="/w/consent-banner/consent-banner-ui-ja.js">\n' +
      WIDGETS[0].head,
    note: 'As consent-banner, with `<link rel="modulepreload">` for the config rules, the UI and the Japanese texts (what the first layer needs) before the script tag.',
  },
];

/** Where the server finds each widget's files: URL prefix → directory (relative to the repo root). */
export const WIDGET_DIRS = {
  'consent-banner': 'dist',
  'vanilla-cookieconsent': 'node_modules/vanilla-cookieconsent/dist',
  klaro: 'node_modules/klaro/dist',
};

export function renderPage(template, widget) {
  const filled = template
    .replace('<!--WIDGET_HEAD-->', widget.head)
    .replace('<!--GATED_SCRIPT-->', widget.gated)
    .replace('<!--WIDGET_BODY_END-->', widget.bodyEnd);
  if (filled.includes('<!--')) throw new Error(`bench page for ${widget.id}: a placeholder was left unfilled`);
  return filled;
}

/**
 * Our widget served from another build (`--compare <dir>`): an A/B run interleaves both in the same rounds,
 * so a change is measured against the machine's noise of the same minutes rather than another run's.
 */
export function comparisonWidget(dir) {
  const ours = WIDGETS.find((w) => w.id === 'consent-banner');
  WIDGET_DIRS['consent-banner-compare'] = dir;
  return {
    ...ours,
    id: 'consent-banner-compare',
    name: `consent-banner (${dir})`,
    head: ours.head.replace('/w/consent-banner/', '/w/consent-banner-compare/'),
    banner: ours.banner,
    owns: (pathname) => pathname.startsWith('/w/consent-banner-compare/'),
  };
}
