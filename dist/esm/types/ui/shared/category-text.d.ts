import type { ResolvedCategory } from '../../core/config-types.js';
import type { FirstLayerStrings, Language } from '../../i18n/types.js';
/**
 * A category's texts: the site's own if given, else the built-in table's. For a built-in category, the
 * site's text counts only in the page's language or the table's (an added language shows the English
 * table), so a title written only in Korean never replaces アクセス解析 on a Japanese page.
 */
export declare function categoryText(category: ResolvedCategory, strings: Pick<FirstLayerStrings, 'categories'>, lang: Language): {
    title: string;
    purpose: string;
    description: string;
};
/** "analytics and marketing" / 「アクセス解析、広告・マーケティング」, for use inside a sentence. */
export declare function purposesText(categories: ResolvedCategory[], strings: Pick<FirstLayerStrings, 'categories'>, lang: Language, quoted?: boolean): string;
/**
 * "A, B, and C" / "A、B、C", exactly as Intl.ListFormat writes them. Japanese and English are joined
 * here because a page's first Intl.ListFormat loads locale data, which took tens of milliseconds on a
 * throttled CPU, and the banner's first sentence needs one; other languages use Intl.
 */
export declare function joinList(items: string[], lang: Language): string;
