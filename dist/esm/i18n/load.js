import { withOverrides } from './overrides.js';
import { joinTables } from './tables.js';

const firstLayers = {};
const wholeTables = {};
const loading = {};
/** Japanese for `ja`; English for English and for any language a site added (its texts go over English). */
const builtInFor = (lang) => (lang === 'ja' ? 'ja' : 'en');
const importFirst = (table) => table === 'ja' ? import('./ja-first.js').then((m) => m.jaFirst) : import('./en-first.js').then((m) => m.enFirst);
const importMore = (table) => table === 'ja' ? import('./ja-more.js').then((m) => m.jaMore) : import('./en-more.js').then((m) => m.enMore);
/** Fetches the built-in texts `lang` needs (both files for `all`, at once); settles at once when they are here already. */
function loadStrings(lang, part = 'all') {
    const table = builtInFor(lang);
    const key = `${table}-${part}`;
    const load = part === 'first'
        ? () => importFirst(table).then((first) => (firstLayers[table] = first))
        : () => Promise.all([importFirst(table), importMore(table)]).then(([first, more]) => (wholeTables[table] = joinTables((firstLayers[table] = first), more)));
    return (loading[key] ??= load().catch((error) => {
        // A later render tries again (the file may have been missing for a moment during a deploy).
        delete loading[key];
        throw error;
    }));
}
/**
 * The texts of `part` for `lang` with the site's texts applied, or undefined until `loadStrings(lang, part)`
 * has settled. (The whole table serves the first layer too once it is here.)
 */
function loadedStrings(lang, overrides, log, part = 'all') {
    const table = builtInFor(lang);
    const whole = wholeTables[table];
    if (whole)
        return withOverrides(whole, lang, overrides, log);
    const first = part === 'first' ? firstLayers[table] : undefined;
    // The site's texts for the rest are checked once the whole table is here.
    return first && withOverrides(first, lang, overrides, log, { onlyItsOwn: true });
}

export { loadStrings, loadedStrings };
