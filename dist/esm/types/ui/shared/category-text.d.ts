import type { ResolvedCategory } from '../../core/config.js';
import type { Language, Strings } from '../../i18n/index.js';
/** A category's texts: the site's own if given, else the built-in table's. */
export declare function categoryText(category: ResolvedCategory, strings: Strings, lang: Language): {
    title: string;
    purpose: string;
    description: string;
};
/** "analytics and marketing" / 「アクセス解析、広告・マーケティング」, for use inside a sentence. */
export declare function purposesText(categories: ResolvedCategory[], strings: Strings, lang: Language, quoted?: boolean): string;
