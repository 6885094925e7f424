import { en } from './en.js';
import { ja } from './ja.js';

const TABLES = { ja, en };
function getStrings(lang) {
    return TABLES[lang];
}

export { en, getStrings, ja };
