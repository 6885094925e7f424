/**
 * The page's own language decides, so the widget matches the text around it:
 * Japanese for `<html lang="ja…">`, English for any other language, and the
 * configured `lang` (default Japanese) only when the page declares none.
 */
function resolveLanguage(pageLang, configLang = 'ja') {
    const lang = pageLang?.trim().toLowerCase() || configLang.toLowerCase();
    return lang.startsWith('ja') ? 'ja' : 'en';
}
/** The language the widget speaks on this page right now. */
function pageLanguage(configLang) {
    return resolveLanguage(typeof document === 'undefined' ? undefined : document.documentElement.lang, configLang);
}

export { pageLanguage, resolveLanguage };
