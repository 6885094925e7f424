import type { Logger } from '../core/log.js';
import { en } from './en.js';
import { ja } from './ja.js';
import { withOverrides, type TextOverrides } from './overrides.js';
import type { Language, Strings } from './types.js';

export { resolveLanguage } from '../core/language.js';
export type { TextOverrides } from './overrides.js';
export type { CategoryStrings, Language, Strings } from './types.js';
export { en, ja };

/**
 * The table for `lang`: Japanese or English, or for a language the site
 * added, English under the site's strings; then the site's overrides.
 * Unknown keys and wrong types are reported and skipped.
 * (Both tables are bundled here; the widget's own UI loads only the one it shows, see load.ts.)
 */
export function getStrings(lang: Language, overrides: Record<string, TextOverrides> = {}, log?: Logger): Strings {
  return withOverrides(lang === 'ja' ? ja : en, lang, overrides, log);
}
