export type Language = 'ja' | 'en';

/**
 * The page's own language decides, so the widget matches the text around it:
 * Japanese for `<html lang="ja…">`, English for any other language, and the
 * configured `lang` (default Japanese) only when the page declares none.
 */
export function resolveLanguage(pageLang: string | null | undefined, configLang = 'ja'): Language {
  const lang = pageLang?.trim().toLowerCase() || configLang.toLowerCase();
  return lang.startsWith('ja') ? 'ja' : 'en';
}

/** The language the widget speaks on this page right now. */
export function pageLanguage(configLang?: string): Language {
  return resolveLanguage(typeof document === 'undefined' ? undefined : document.documentElement.lang, configLang);
}
