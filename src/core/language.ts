/** `ja`, `en`, or a language the site added with `texts` (its primary subtag, e.g. `ko`). */
export type Language = string;

/**
 * The page's own language decides, so the widget matches the text around it:
 * Japanese for `<html lang="ja…">`, a language the site added texts for,
 * English for any other language; the configured `lang` (default Japanese)
 * only when the page declares none.
 */
export function resolveLanguage(pageLang: string | null | undefined, configLang = 'ja', added: readonly string[] = []): Language {
  const lang = (pageLang?.trim() || configLang).toLowerCase();
  if (lang.startsWith('ja')) return 'ja';
  const primary = lang.split('-')[0];
  return added.includes(primary) ? primary : 'en';
}

/** The language the widget speaks on this page right now. */
export function pageLanguage(configLang?: string, added?: readonly string[]): Language {
  return resolveLanguage(typeof document === 'undefined' ? undefined : document.documentElement.lang, configLang, added);
}
