import type { ResolvedCategory } from '../../core/config-types.js';
import { localize, type LocalizedText } from '../../core/localized-text.js';
import type { CategoryStrings, FirstLayerStrings, Language, Strings } from '../../i18n/types.js';

/**
 * A category's texts: the site's own if given, else the built-in table's. For a built-in category, the
 * site's text counts only in the page's language or the table's (an added language shows the English
 * table), so a title written only in Korean never replaces アクセス解析 on a Japanese page.
 */
export function categoryText(category: ResolvedCategory, strings: Pick<FirstLayerStrings, 'categories'>, lang: Language) {
  // The first layer's table has no descriptions; the whole one has.
  const builtIn = strings.categories[category.id as keyof Strings['categories']] as Partial<CategoryStrings> | undefined;
  const own = (text: LocalizedText | undefined) =>
    builtIn && text && typeof text === 'object' ? (text[lang] ?? text[lang === 'ja' ? 'ja' : 'en']) : localize(text, lang);
  const ownTitle = own(category.title);
  const title = ownTitle ?? builtIn?.title ?? category.id;
  return {
    title,
    purpose: ownTitle ? title : (builtIn?.purpose ?? title),
    description: own(category.description) ?? builtIn?.description ?? '',
  };
}

/** "analytics and marketing" / 「アクセス解析、広告・マーケティング」, for use inside a sentence. */
export function purposesText(categories: ResolvedCategory[], strings: Pick<FirstLayerStrings, 'categories'>, lang: Language, quoted = false): string {
  const purposes = categories.map((c) => {
    const text = categoryText(c, strings, lang);
    return quoted ? (lang === 'ja' ? `「${text.title}」` : text.purpose) : text.purpose;
  });
  return joinList(purposes, lang);
}

/**
 * "A, B, and C" / "A、B、C", exactly as Intl.ListFormat writes them. Japanese and English are joined
 * here because a page's first Intl.ListFormat loads locale data, which took tens of milliseconds on a
 * throttled CPU, and the banner's first sentence needs one; other languages use Intl.
 */
export function joinList(items: string[], lang: Language): string {
  if (lang === 'ja') return items.join('、');
  if (lang !== 'en') return new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
  return items.length < 3 ? items.join(' and ') : `${items.slice(0, -1).join(', ')}, and ${items[items.length - 1]}`;
}
