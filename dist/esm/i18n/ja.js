import { jaFirst } from './ja-first.js';
import { jaMore } from './ja-more.js';
import { joinTables } from './tables.js';

/** Every Japanese text. The widget's own UI loads the first layer's texts apart from the rest (see load.ts). */
const ja = joinTables(jaFirst, jaMore);

export { ja };
