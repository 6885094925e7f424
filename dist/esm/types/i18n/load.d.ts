import type { Logger } from '../core/log.js';
import { type TextOverrides } from './overrides.js';
import type { FirstLayerStrings, Language, Strings } from './types.js';
/** `first`: the first layer's texts; `all`: every text. */
export type TextPart = 'first' | 'all';
type TableOf<P extends TextPart> = P extends 'first' ? FirstLayerStrings : Strings;
/** Fetches the built-in texts `lang` needs (both files for `all`, at once); settles at once when they are here already. */
export declare function loadStrings<P extends TextPart = 'all'>(lang: Language, part?: P): Promise<TableOf<P>>;
/**
 * The texts of `part` for `lang` with the site's texts applied, or undefined until `loadStrings(lang, part)`
 * has settled. (The whole table serves the first layer too once it is here.)
 */
export declare function loadedStrings<P extends TextPart = 'all'>(lang: Language, overrides?: Record<string, TextOverrides>, log?: Logger, part?: P): TableOf<P> | undefined;
export {};
