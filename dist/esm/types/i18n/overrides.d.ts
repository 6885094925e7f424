import type { Logger } from '../core/log.js';
import type { Language } from './types.js';
/** A site's replacement texts: plain strings, with `{purposes}`, `{title}`, `{id}`, `{savedAt}` where the built-in text has them. */
export type TextOverrides = Record<string, unknown>;
/**
 * `base` (the built-in table `lang` falls back to, whole or its first layer) with the site's texts for `lang`
 * applied. With `onlyItsOwn`, texts `base` does not have are left for the whole table (and reported with it).
 */
export declare function withOverrides<T extends object>(base: T, lang: Language, overrides?: Record<string, TextOverrides>, log?: Logger, { onlyItsOwn }?: {
    onlyItsOwn?: boolean | undefined;
}): T;
