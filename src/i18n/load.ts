import type { Logger } from '../core/log.js';
import { withOverrides, type TextOverrides } from './overrides.js';
import { joinTables } from './tables.js';
import type { FirstLayerStrings, Language, MoreStrings, Strings } from './types.js';

/**
 * The built-in tables, each loaded on first use, so a visitor downloads only the language the page shows,
 * and of it first only what the banner shows (in the script-tag build each is a file of its own:
 * consent-banner-ui-ja.js and consent-banner-ui-ja-more.js, the same for en). The rest comes when the
 * preferences, a notice, a placeholder or a disclosure table needs it, or the visitor reaches for one.
 */
type BuiltIn = 'ja' | 'en';

/** `first`: the first layer's texts; `all`: every text. */
export type TextPart = 'first' | 'all';
type TableOf<P extends TextPart> = P extends 'first' ? FirstLayerStrings : Strings;

const firstLayers: Partial<Record<BuiltIn, FirstLayerStrings>> = {};
const wholeTables: Partial<Record<BuiltIn, Strings>> = {};
const loading: Partial<Record<`${BuiltIn}-${TextPart}`, Promise<unknown>>> = {};

/** Japanese for `ja`; English for English and for any language a site added (its texts go over English). */
const builtInFor = (lang: Language): BuiltIn => (lang === 'ja' ? 'ja' : 'en');

const importFirst = (table: BuiltIn): Promise<FirstLayerStrings> =>
  table === 'ja' ? import('./ja-first.js').then((m) => m.jaFirst) : import('./en-first.js').then((m) => m.enFirst);
const importMore = (table: BuiltIn): Promise<MoreStrings> =>
  table === 'ja' ? import('./ja-more.js').then((m) => m.jaMore) : import('./en-more.js').then((m) => m.enMore);

/** Fetches the built-in texts `lang` needs (both files for `all`, at once); settles at once when they are here already. */
export function loadStrings<P extends TextPart = 'all'>(lang: Language, part: P = 'all' as P): Promise<TableOf<P>> {
  const table = builtInFor(lang);
  const key = `${table}-${part}` as const;
  const load =
    part === 'first'
      ? () => importFirst(table).then((first) => (firstLayers[table] = first))
      : () => Promise.all([importFirst(table), importMore(table)]).then(([first, more]) => (wholeTables[table] = joinTables((firstLayers[table] = first), more)));
  return (loading[key] ??= load().catch((error: Error) => {
    // A later render tries again (the file may have been missing for a moment during a deploy).
    delete loading[key];
    throw error;
  })) as Promise<TableOf<P>>;
}

/**
 * The texts of `part` for `lang` with the site's texts applied, or undefined until `loadStrings(lang, part)`
 * has settled. (The whole table serves the first layer too once it is here.)
 */
export function loadedStrings<P extends TextPart = 'all'>(
  lang: Language,
  overrides?: Record<string, TextOverrides>,
  log?: Logger,
  part: P = 'all' as P,
): TableOf<P> | undefined {
  const table = builtInFor(lang);
  const whole = wholeTables[table];
  if (whole) return withOverrides(whole, lang, overrides, log) as TableOf<P>;
  const first = part === 'first' ? firstLayers[table] : undefined;
  // The site's texts for the rest are checked once the whole table is here.
  return first && (withOverrides(first, lang, overrides, log, { onlyItsOwn: true }) as TableOf<P>);
}
