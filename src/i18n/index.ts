import { en } from './en.js';
import { ja } from './ja.js';
import type { Language, Strings } from './types.js';

export type { CategoryStrings, Language, Strings } from './types.js';
export { en, ja };

const TABLES: Record<Language, Strings> = { ja, en };

/**
 * The page's own language decides, so the banner matches the text around it:
 * Japanese for `<html lang="ja…">`, English for any other language, and the
 * configured `lang` (default Japanese) only when the page declares none.
 */
export function resolveLanguage(pageLang: string | null | undefined, configLang = 'ja'): Language {
  const lang = pageLang?.trim().toLowerCase() || configLang.toLowerCase();
  return lang.startsWith('ja') ? 'ja' : 'en';
}

export function getStrings(lang: Language): Strings {
  return TABLES[lang];
}
