/**
 * Picks the text for `lang`, falling back to English, then Japanese, then
 * whatever language the owner wrote, so a partial table still shows something.
 */
function localize(text, lang) {
    if (text === undefined || typeof text === 'string')
        return text;
    return text[lang] ?? text.en ?? text.ja ?? Object.values(text)[0];
}
function isLocalizedText(value) {
    if (typeof value === 'string')
        return true;
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return false;
    const entries = Object.values(value);
    return entries.length > 0 && entries.every((v) => typeof v === 'string');
}

export { isLocalizedText, localize };
