import { en } from './en.js';
import { ja } from './ja.js';

const TABLES = { ja, en };
/**
 * The page's own language decides, so the banner matches the text around it:
 * Japanese for `<html lang="ja…">`, English for any other language, and the
 * configured `lang` (default Japanese) only when the page declares none.
 */
function resolveLanguage(pageLang, configLang = 'ja') {
    const lang = pageLang?.trim().toLowerCase() || configLang.toLowerCase();
    return lang.startsWith('ja') ? 'ja' : 'en';
}
function getStrings(lang) {
    return TABLES[lang];
}

export { en, getStrings, ja, resolveLanguage };
