import type { MoreStrings } from './types.js';
/** The rest of the English texts: the preferences, the notices, placeholders and disclosure tables. */
export declare const enMore: MoreStrings;
