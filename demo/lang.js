// The demo's language switch: ?lang=en or ?lang=ja sets <html lang>, which the widget follows.
const lang = new URLSearchParams(location.search).get('lang');
if (lang === 'en' || lang === 'ja') document.documentElement.lang = lang;

// A real site would serve each language at its own URL; the demo keeps ?lang= on its own links instead,
// so a visitor who chose English stays on English pages. (site-config.js uses this for the widget's links.)
function demoHref(href) {
  if ((lang !== 'en' && lang !== 'ja') || /^(#|[a-z]+:)/i.test(href) || /[?&]lang=/.test(href)) return href;
  const [path, hash] = href.split('#');
  return `${path}${path.includes('?') ? '&' : '?'}lang=${lang}${hash === undefined ? '' : `#${hash}`}`;
}

// Embeds name themselves in the page's language: the placeholder shows the iframe's title, so it
// must be set before the placeholder renders. This observer is created before the widget's, so it runs first.
{
  const titles = new MutationObserver(() => {
    const key = document.documentElement.lang === 'en' ? 'titleEn' : 'titleJa';
    for (const el of document.querySelectorAll('[data-title-ja][data-title-en]:not([title])')) el.title = el.dataset[key];
  });
  titles.observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', () => titles.disconnect());
}

// Every link to another demo page keeps the language; the switch marks the current one.
document.addEventListener('DOMContentLoaded', () => {
  for (const link of document.querySelectorAll('a[href]')) {
    if (link.dataset.langLink) {
      if (link.dataset.langLink === document.documentElement.lang) link.setAttribute('aria-current', 'true');
    } else {
      link.setAttribute('href', demoHref(link.getAttribute('href')));
    }
  }
});
