/** `ja`, `en`, or a language the site added with `texts` (its primary subtag, e.g. `ko`). */
export type Language = string;
/**
 * The page's own language decides, so the widget matches the text around it:
 * Japanese for `<html lang="ja…">`, a language the site added texts for,
 * English for any other language; the configured `lang` (default Japanese)
 * only when the page declares none.
 */
export declare function resolveLanguage(pageLang: string | null | undefined, configLang?: string, added?: readonly string[]): Language;
/** The language the widget speaks on this page right now. */
export declare function pageLanguage(configLang?: string, added?: readonly string[]): Language;
