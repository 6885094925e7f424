import { jaFirst } from './ja-first.js';
import { jaMore } from './ja-more.js';
import { joinTables } from './tables.js';
import type { Strings } from './types.js';

/** Every Japanese text. The widget's own UI loads the first layer's texts apart from the rest (see load.ts). */
export const ja: Strings = joinTables(jaFirst, jaMore);
