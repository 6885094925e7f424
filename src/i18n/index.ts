import { en } from './en.js';
import { ja } from './ja.js';
import type { Language, Strings } from './types.js';

export { resolveLanguage } from '../core/language.js';
export type { CategoryStrings, Language, Strings } from './types.js';
export { en, ja };

const TABLES: Record<Language, Strings> = { ja, en };

export function getStrings(lang: Language): Strings {
  return TABLES[lang];
}
