import { en } from './en.js';
import { ja } from './ja.js';
import { withOverrides } from './overrides.js';

/**
 * The table for `lang`: Japanese or English, or for a language the site
 * added, English under the site's strings; then the site's overrides.
 * Unknown keys and wrong types are reported and skipped.
 * (Both tables are bundled here; the widget's own UI loads only the one it shows, see load.ts.)
 */
function getStrings(lang, overrides = {}, log) {
    return withOverrides(lang === 'ja' ? ja : en, lang, overrides, log);
}

export { en, getStrings, ja };
