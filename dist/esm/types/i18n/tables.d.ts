import type { FirstLayerStrings, MoreStrings, Strings } from './types.js';
/** A language's whole table from its two files (categories joined field by field). */
export declare function joinTables(first: FirstLayerStrings, more: MoreStrings): Strings;
