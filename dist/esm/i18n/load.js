import { withOverrides } from './overrides.js';

const loaded = {};
const loading = {};
/** Japanese for `ja`; English for English and for any language a site added (its texts go over English). */
const builtInFor = (lang) => (lang === 'ja' ? 'ja' : 'en');
/** Fetches the built-in table `lang` needs; settles at once when it is here already. */
function loadStrings(lang) {
    const table = builtInFor(lang);
    return (loading[table] ??= (table === 'ja' ? import('./ja.js').then((m) => m.ja) : import('./en.js').then((m) => m.en)).then((strings) => (loaded[table] = strings), (error) => {
        // A later render tries again (the file may have been missing for a moment during a deploy).
        delete loading[table];
        throw error;
    }));
}
/** The strings for `lang` with the site's texts applied, or undefined until `loadStrings(lang)` has settled. */
function loadedStrings(lang, overrides, log) {
    const base = loaded[builtInFor(lang)];
    return base && withOverrides(base, lang, overrides, log);
}

export { loadStrings, loadedStrings };
