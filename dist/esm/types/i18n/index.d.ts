import { en } from './en.js';
import { ja } from './ja.js';
import type { Language, Strings } from './types.js';
export type { CategoryStrings, Language, Strings } from './types.js';
export { en, ja };
/**
 * The page's own language decides, so the banner matches the text around it:
 * Japanese for `<html lang="ja…">`, English for any other language, and the
 * configured `lang` (default Japanese) only when the page declares none.
 */
export declare function resolveLanguage(pageLang: string | null | undefined, configLang?: string): Language;
export declare function getStrings(lang: Language): Strings;
