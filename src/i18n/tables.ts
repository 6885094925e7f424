import type { FirstLayerStrings, MoreStrings, Strings } from './types.js';

/** A language's whole table from its two files (categories joined field by field). */
export function joinTables(first: FirstLayerStrings, more: MoreStrings): Strings {
  const categories = { ...first.categories } as Strings['categories'];
  for (const id of Object.keys(categories) as (keyof Strings['categories'])[]) categories[id] = { ...first.categories[id], ...more.categories[id] };
  return { ...first, ...more, categories };
}
