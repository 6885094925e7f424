import type { Logger } from '../core/log.js';
import { type TextOverrides } from './overrides.js';
import type { Language, Strings } from './types.js';
/** Fetches the built-in table `lang` needs; settles at once when it is here already. */
export declare function loadStrings(lang: Language): Promise<Strings>;
/** The strings for `lang` with the site's texts applied, or undefined until `loadStrings(lang)` has settled. */
export declare function loadedStrings(lang: Language, overrides?: Record<string, TextOverrides>, log?: Logger): Strings | undefined;
