import type { Logger } from '../core/log.js';
import { en } from './en.js';
import { ja } from './ja.js';
import type { Language, Strings } from './types.js';
export { resolveLanguage } from '../core/language.js';
export type { CategoryStrings, Language, Strings } from './types.js';
export { en, ja };
/** A site's replacement texts: plain strings, with `{purposes}`, `{title}`, `{id}`, `{savedAt}` where the built-in text has them. */
export type TextOverrides = Record<string, unknown>;
export declare function getStrings(lang: Language, overrides?: Record<string, TextOverrides>, log?: Logger): Strings;
