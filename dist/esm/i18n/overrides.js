const PLACEHOLDER_NAMES = {
    bannerText: ['purposes'],
    gpcNotice: ['purposes'],
    placeholderText: ['purposes'],
    optOutCategory: ['title'],
    consentIdLabel: ['id', 'savedAt'],
};
function fromTemplate(template, names) {
    return (...values) => names.reduce((text, name, i) => text.split(`{${name}}`).join(values[i]), template);
}
const merged = new WeakMap();
/** `base` (the built-in table `lang` falls back to) with the site's texts for `lang` applied. */
function withOverrides(base, lang, overrides = {}, log) {
    if (!overrides[lang])
        return base;
    // Merged once per config and language, so a problem is reported once, not on every render.
    const byLang = merged.get(overrides) ?? new Map();
    merged.set(overrides, byLang);
    if (!byLang.has(lang))
        byLang.set(lang, mergeStrings(base, lang, overrides[lang], log));
    return byLang.get(lang);
}
function mergeStrings(base, lang, own, log) {
    const merged = { ...base };
    for (const [key, value] of Object.entries(own)) {
        const builtIn = base[key];
        if (builtIn === undefined || key === 'categories') {
            log?.warn(`texts.${lang}.${key} is not a text of the widget; it is ignored. Category texts go in categories.<id>.`);
        }
        else if (typeof builtIn === 'function' && typeof value === 'string') {
            merged[key] = fromTemplate(value, PLACEHOLDER_NAMES[key] ?? []);
        }
        else if (typeof builtIn === 'string' && typeof value === 'string') {
            merged[key] = value;
        }
        else if (typeof builtIn === 'object' && value && typeof value === 'object') {
            merged[key] = { ...builtIn, ...value };
        }
        else {
            log?.warn(`texts.${lang}.${key} must be a string; it is ignored.`);
        }
    }
    return merged;
}

export { withOverrides };
