import { enFirst } from './en-first.js';
import { enMore } from './en-more.js';
import { joinTables } from './tables.js';

/** Every English text. The widget's own UI loads the first layer's texts apart from the rest (see load.ts). */
const en = joinTables(enFirst, enMore);

export { en };
