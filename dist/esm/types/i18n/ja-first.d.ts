import type { FirstLayerStrings } from './types.js';
/** The Japanese texts the first layer shows (the banner, the floating button, the announcement after a choice). */
export declare const jaFirst: FirstLayerStrings;
