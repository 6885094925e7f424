import type { MoreStrings } from './types.js';
/** The rest of the Japanese texts: the preferences, the notices, placeholders and disclosure tables. */
export declare const jaMore: MoreStrings;
