import type { Logger } from '../core/log.js';
import { withOverrides, type TextOverrides } from './overrides.js';
import type { Language, Strings } from './types.js';

/**
 * The built-in tables, each loaded on first use, so a visitor downloads only the
 * language the page shows (in the script-tag build each is a file of its own:
 * consent-banner-ui-ja.js, consent-banner-ui-en.js).
 */
type BuiltIn = 'ja' | 'en';

const loaded: Partial<Record<BuiltIn, Strings>> = {};
const loading: Partial<Record<BuiltIn, Promise<Strings>>> = {};

/** Japanese for `ja`; English for English and for any language a site added (its texts go over English). */
const builtInFor = (lang: Language): BuiltIn => (lang === 'ja' ? 'ja' : 'en');

/** Fetches the built-in table `lang` needs; settles at once when it is here already. */
export function loadStrings(lang: Language): Promise<Strings> {
  const table = builtInFor(lang);
  return (loading[table] ??= (table === 'ja' ? import('./ja.js').then((m) => m.ja) : import('./en.js').then((m) => m.en)).then(
    (strings) => (loaded[table] = strings),
    (error: Error) => {
      // A later render tries again (the file may have been missing for a moment during a deploy).
      delete loading[table];
      throw error;
    },
  ));
}

/** The strings for `lang` with the site's texts applied, or undefined until `loadStrings(lang)` has settled. */
export function loadedStrings(lang: Language, overrides?: Record<string, TextOverrides>, log?: Logger): Strings | undefined {
  const base = loaded[builtInFor(lang)];
  return base && withOverrides(base, lang, overrides, log);
}
