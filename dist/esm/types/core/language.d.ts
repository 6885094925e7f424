export type Language = 'ja' | 'en';
/**
 * The page's own language decides, so the widget matches the text around it:
 * Japanese for `<html lang="ja…">`, English for any other language, and the
 * configured `lang` (default Japanese) only when the page declares none.
 */
export declare function resolveLanguage(pageLang: string | null | undefined, configLang?: string): Language;
/** The language the widget speaks on this page right now. */
export declare function pageLanguage(configLang?: string): Language;
