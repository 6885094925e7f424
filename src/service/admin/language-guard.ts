// uPlot formats numbers with `new Intl.NumberFormat(navigator.language)` when it loads, which throws where
// the browser reports a language that is not a BCP 47 tag (WebKitGTK under the POSIX locale says "C").
// Imported before uPlot, this gives such a browser a valid language, so the page does not fail to start.
function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

if (typeof navigator !== 'undefined' && !isLanguageTag(navigator.language)) {
  const valid = (navigator.languages ?? []).find(isLanguageTag) ?? 'en';
  Object.defineProperty(navigator, 'language', { value: valid, configurable: true });
}
