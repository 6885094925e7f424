import type { Logger } from '../core/log.js';
import type { Language, Strings } from './types.js';
/** A site's replacement texts: plain strings, with `{purposes}`, `{title}`, `{id}`, `{savedAt}` where the built-in text has them. */
export type TextOverrides = Record<string, unknown>;
/** `base` (the built-in table `lang` falls back to) with the site's texts for `lang` applied. */
export declare function withOverrides(base: Strings, lang: Language, overrides?: Record<string, TextOverrides>, log?: Logger): Strings;
