import { localize } from '../../core/localized-text.js';

/** A category's texts: the site's own if given, else the built-in table's. */
function categoryText(category, strings, lang) {
    const builtIn = strings.categories[category.id];
    const title = localize(category.title, lang) ?? builtIn?.title ?? category.id;
    return {
        title,
        purpose: category.title ? title : (builtIn?.purpose ?? title),
        description: localize(category.description, lang) ?? builtIn?.description ?? '',
    };
}
/** "analytics and marketing" / 「アクセス解析、広告・マーケティング」, for use inside a sentence. */
function purposesText(categories, strings, lang, quoted = false) {
    const purposes = categories.map((c) => {
        const text = categoryText(c, strings, lang);
        return quoted ? (lang === 'ja' ? `「${text.title}」` : text.purpose) : text.purpose;
    });
    return new Intl.ListFormat(lang, { type: 'conjunction' }).format(purposes);
}

export { categoryText, purposesText };
