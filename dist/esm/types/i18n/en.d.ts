import type { Strings } from './types.js';
/** Every English text. The widget's own UI loads the first layer's texts apart from the rest (see load.ts). */
export declare const en: Strings;
