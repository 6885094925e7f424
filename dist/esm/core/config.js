import { BUILT_IN_CATEGORIES, CATEGORY_ID_PATTERN, SERVICE_CATEGORY } from './categories.js';
import { isLocalizedText } from './localized-text.js';

const DEFAULT_GOOGLE_CONSENT_MAPPING = {
    service: ['security_storage', 'functionality_storage'],
    analytics: ['analytics_storage'],
    marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
};
const GOOGLE_CONSENT_TYPES = [
    'ad_storage',
    'ad_user_data',
    'ad_personalization',
    'analytics_storage',
    'functionality_storage',
    'personalization_storage',
    'security_storage',
];
const DEFAULT_COOKIE_NAME = 'consent_banner';
const DEFAULT_REVISION = '1';
/** 12 months for a consent; CNIL accepts up to 13. */
const DEFAULT_LIFETIME_DAYS = 365;
/** About 6 months for a refusal, so a visitor who said no is asked again sooner but not constantly. */
const DEFAULT_REFUSAL_LIFETIME_DAYS = 182;
const OPTION_NAMES = [
    'lang',
    'policyUrl',
    'revision',
    'cookieName',
    'cookieDomain',
    'cookieLifetimeDays',
    'refusalLifetimeDays',
    'categories',
    'vendors',
    'uiUrl',
    'googleConsentMode',
    'autoBlock',
    'reloadOnWithdraw',
    'revisionMinor',
    'textVersion',
    'disclosureUrl',
    'optOutParam',
    'optOutTokenParam',
    'unsubscribeEndpoint',
    'recordEndpoint',
    'layout',
    'theme',
    'floatingButton',
    'texts',
];
const REVISION_PATTERN = /^[A-Za-z0-9._-]{1,32}$/;
const COOKIE_NAME_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const SUPPORTED_LANGUAGES = ['ja', 'en'];
/**
 * Links from config text may only lead to web pages or mail: anything else
 * (`javascript:`, `data:`) would run code or show content we cannot vouch for.
 */
function isSafeUrl(url) {
    try {
        const { protocol } = new URL(url, 'https://relative.invalid/');
        return protocol === 'https:' || protocol === 'http:' || protocol === 'mailto:';
    }
    catch {
        return false;
    }
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
function didYouMean(name, candidates) {
    let best = '';
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance)
            [best, bestDistance] = [candidate, distance];
    }
    return bestDistance <= Math.max(2, name.length / 3) ? ` Did you mean "${best}"?` : '';
}
function positiveNumber(value, option, fallback, log) {
    if (value === undefined)
        return fallback;
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof number === 'number' && Number.isFinite(number) && number > 0)
        return number;
    log.error(`Option "${option}" must be a positive number of days; got ${JSON.stringify(value)}. Using ${fallback}.`);
    return fallback;
}
function nameList(value, where, log) {
    if (value === undefined)
        return [];
    if (Array.isArray(value) && value.every((v) => typeof v === 'string' && v !== ''))
        return value;
    log.error(`${where} must be a list of names or patterns such as "_ga*"; ignoring it.`);
    return [];
}
/** Booleans may arrive as data-attribute strings: `data-auto-block` or `data-auto-block="true"`. */
function flag(value, option, log) {
    if (value === undefined || value === false || value === 'false')
        return false;
    if (value === true || value === '' || value === 'true')
        return true;
    log.error(`Option "${option}" must be true or false; got ${JSON.stringify(value)}. Using false.`);
    return false;
}
function oneOf(value, option, allowed, log) {
    if (value === undefined)
        return allowed[0];
    if (allowed.includes(value))
        return value;
    log.error(`Option "${option}" must be one of ${allowed.map((a) => `"${a}"`).join(', ')}; got ${JSON.stringify(value)}. Using "${allowed[0]}".`);
    return allowed[0];
}
function textTables(value, log) {
    if (value === undefined)
        return {};
    const valid = value &&
        typeof value === 'object' &&
        !Array.isArray(value) &&
        Object.entries(value).every(([lang, table]) => /^[a-z]{2,3}$/.test(lang) && table && typeof table === 'object' && !Array.isArray(table));
    if (valid)
        return value;
    log.error('Option "texts" must be an object keyed by language code, e.g. { "en": { "acceptAll": "Allow all" } }; ignoring it.');
    return {};
}
function googleConsentMapping(value, categoryIds, log) {
    if (value === undefined || value === false || value === 'false')
        return null;
    if (value === true || value === '' || value === 'true')
        return { ...DEFAULT_GOOGLE_CONSENT_MAPPING };
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
        log.error('Option "googleConsentMode" must be true or an object such as { "analytics": ["analytics_storage"] }; it is off.');
        return null;
    }
    const mapping = {};
    for (const [id, types] of Object.entries(value)) {
        if (!categoryIds.includes(id))
            log.error(`googleConsentMode maps "${id}", which is not a configured category; ignoring it.`);
        else if (!Array.isArray(types) || !types.every((t) => GOOGLE_CONSENT_TYPES.includes(t))) {
            log.error(`googleConsentMode.${id} must be a list of consent types (${GOOGLE_CONSENT_TYPES.join(', ')}); ignoring it.`);
        }
        else
            mapping[id] = types;
    }
    return mapping;
}
function optionalText(value, where, log) {
    if (value === undefined || isLocalizedText(value))
        return value;
    log.error(`${where} must be a string or an object such as { "ja": "…", "en": "…" }; ignoring it.`);
    return undefined;
}
function resolveCategories(input, log) {
    const entries = input && typeof input === 'object' && !Array.isArray(input) ? input : {};
    if (input !== undefined && entries !== input) {
        log.error('Option "categories" must be an object keyed by category id; using the built-in categories.');
    }
    const ids = [...BUILT_IN_CATEGORIES, ...Object.keys(entries).filter((id) => !BUILT_IN_CATEGORIES.includes(id))];
    const categories = [];
    for (const id of ids) {
        const where = `categories.${id}`;
        let value = entries[id];
        const builtIn = BUILT_IN_CATEGORIES.includes(id);
        if (!CATEGORY_ID_PATTERN.test(id)) {
            log.error(`Category id "${id}" is invalid: use lower-case letters, digits, "_" or "-", starting with a letter. It is left out.`);
            continue;
        }
        if (value === false) {
            if (id === SERVICE_CATEGORY) {
                log.error('The "service" category is always on and cannot be removed; ignoring categories.service = false.');
            }
            else if (builtIn) {
                continue;
            }
            value = undefined;
        }
        if (value === true)
            value = undefined;
        if (value !== undefined && (typeof value !== 'object' || value === null || Array.isArray(value))) {
            log.error(`${where} must be an object with title and description, or false to leave a built-in category out.`);
            value = undefined;
        }
        const raw = (value ?? {});
        if (id === SERVICE_CATEGORY && 'required' in raw && raw.required !== true) {
            log.error('The "service" category cannot be made optional: it covers what the site needs to work. It stays always on.');
        }
        const title = optionalText(raw.title, `${where}.title`, log);
        if (!builtIn && title === undefined) {
            log.error(`${where} has no title; showing its id "${id}" instead. Add title: { ja: "…", en: "…" }.`);
        }
        categories.push({
            id,
            required: id === SERVICE_CATEGORY,
            title: title ?? (builtIn ? undefined : id),
            description: optionalText(raw.description, `${where}.description`, log),
            cookies: nameList(raw.cookies, `${where}.cookies`, log),
            storage: nameList(raw.storage, `${where}.storage`, log),
            sellOrShare: raw.sellOrShare === undefined ? id === 'marketing' : raw.sellOrShare === true,
            whenOff: optionalText(raw.whenOff, `${where}.whenOff`, log),
        });
    }
    return categories;
}
function resolveVendors(input, categoryIds, log) {
    if (input === undefined)
        return [];
    if (!Array.isArray(input)) {
        log.error('Option "vendors" must be a list of { id, name, category, … }; ignoring it.');
        return [];
    }
    const vendors = [];
    input.forEach((value, index) => {
        const where = `vendors[${index}]`;
        if (!value || typeof value !== 'object') {
            log.error(`${where} must be an object { id, name, category, data, purpose, policyUrl, cookies }; it is left out.`);
            return;
        }
        const raw = value;
        if (typeof raw.id !== 'string' || !raw.id)
            return log.error(`${where} has no "id"; it is left out.`);
        if (!isLocalizedText(raw.name))
            return log.error(`${where} ("${raw.id}") has no "name"; it is left out.`);
        if (typeof raw.category !== 'string' || !categoryIds.includes(raw.category)) {
            return log.error(`${where} ("${raw.id}") has category ${JSON.stringify(raw.category)}, which is not configured (known: ${categoryIds.join(', ')}); it is left out.`);
        }
        let policyUrl = raw.policyUrl;
        if (policyUrl !== undefined && (typeof policyUrl !== 'string' || !isSafeUrl(policyUrl))) {
            log.error(`${where}.policyUrl must be an http(s) or relative URL; ignoring it.`);
            policyUrl = undefined;
        }
        vendors.push({
            id: raw.id,
            name: raw.name,
            category: raw.category,
            data: optionalText(raw.data, `${where}.data`, log),
            purpose: optionalText(raw.purpose, `${where}.purpose`, log),
            policyUrl: policyUrl,
            cookies: nameList(raw.cookies, `${where}.cookies`, log),
            storage: nameList(raw.storage, `${where}.storage`, log),
            domains: nameList(raw.domains, `${where}.domains`, log),
        });
    });
    return vendors;
}
/**
 * Turns whatever the site owner wrote into a complete config. Never throws:
 * each problem is reported once through `log`, naming the option and the fix,
 * and a safe default takes its place.
 */
function resolveConfig(input, log) {
    let raw = {};
    if (input && typeof input === 'object' && !Array.isArray(input))
        raw = input;
    else if (input !== undefined)
        log.error('The configuration must be an object; using the defaults.');
    for (const key of Object.keys(raw)) {
        if (!OPTION_NAMES.includes(key)) {
            log.warn(`Unknown option "${key}" is ignored.${didYouMean(key, OPTION_NAMES)}`);
        }
    }
    const texts = textTables(raw.texts, log);
    let lang = typeof raw.lang === 'string' ? raw.lang.toLowerCase().split('-')[0] : 'ja';
    if (raw.lang !== undefined && !SUPPORTED_LANGUAGES.includes(lang) && !(lang in texts)) {
        log.warn(`Option "lang" is ${JSON.stringify(raw.lang)}, which has no texts; use "ja" or "en", or add texts.${lang} (missing strings fall back to English). Falling back to "ja".`);
        lang = 'ja';
    }
    let policyUrl;
    if (typeof raw.policyUrl === 'string' && isSafeUrl(raw.policyUrl))
        policyUrl = raw.policyUrl;
    else if (raw.policyUrl !== undefined) {
        log.error(`Option "policyUrl" must be an http(s) or relative URL; got ${JSON.stringify(raw.policyUrl)}. The banner shows no policy link.`);
    }
    else {
        log.warn('Option "policyUrl" is not set, so the banner cannot link to your privacy policy. Set data-policy-url on the script tag.');
    }
    let revision = DEFAULT_REVISION;
    if (raw.revision !== undefined) {
        const value = String(raw.revision);
        if (REVISION_PATTERN.test(value))
            revision = value;
        else
            log.error(`Option "revision" must be 1–32 letters, digits, ".", "_" or "-"; got ${JSON.stringify(raw.revision)}. Using "${revision}".`);
    }
    let cookieName = DEFAULT_COOKIE_NAME;
    if (raw.cookieName !== undefined) {
        if (typeof raw.cookieName === 'string' && COOKIE_NAME_PATTERN.test(raw.cookieName))
            cookieName = raw.cookieName;
        else
            log.error(`Option "cookieName" must be letters, digits, "_" or "-"; got ${JSON.stringify(raw.cookieName)}. Using "${cookieName}".`);
    }
    let cookieDomain;
    if (raw.cookieDomain !== undefined) {
        if (typeof raw.cookieDomain === 'string' && /^\.?[a-z0-9.-]+$/i.test(raw.cookieDomain))
            cookieDomain = raw.cookieDomain;
        else
            log.error(`Option "cookieDomain" must be a domain such as "example.jp"; got ${JSON.stringify(raw.cookieDomain)}. Using the current host.`);
    }
    const url = (option, otherwise) => {
        const value = raw[option];
        if (value === undefined)
            return undefined;
        if (typeof value === 'string' && isSafeUrl(value))
            return value;
        log.error(`Option "${option}" must be an http(s) or relative URL; got ${JSON.stringify(value)}. ${otherwise}`);
        return undefined;
    };
    const paramName = (option, fallback) => {
        const value = raw[option];
        if (value === undefined)
            return fallback;
        if (typeof value === 'string' && /^[A-Za-z0-9_.-]{1,64}$/.test(value))
            return value;
        log.error(`Option "${option}" must be a query parameter name of letters, digits, "_", "." or "-"; using "${fallback}".`);
        return fallback;
    };
    const categories = resolveCategories(raw.categories, log);
    const categoryIds = categories.map((c) => c.id);
    const vendorEntries = Array.isArray(raw.vendors) ? raw.vendors : [];
    // A bare id, or an object without a name, refers to the vendor catalogue (loaded only when used).
    const refersToCatalogue = (v) => typeof v === 'string' || (!!v && typeof v === 'object' && !('name' in v));
    let textVersion;
    if (typeof raw.textVersion === 'string')
        textVersion = raw.textVersion;
    else if (raw.textVersion !== undefined)
        log.error('Option "textVersion" must be a string; ignoring it.');
    return {
        lang,
        policyUrl,
        revision,
        cookieName,
        cookieDomain,
        cookieLifetimeDays: positiveNumber(raw.cookieLifetimeDays, 'cookieLifetimeDays', DEFAULT_LIFETIME_DAYS, log),
        refusalLifetimeDays: positiveNumber(raw.refusalLifetimeDays, 'refusalLifetimeDays', DEFAULT_REFUSAL_LIFETIME_DAYS, log),
        categories,
        vendors: resolveVendors(Array.isArray(raw.vendors) ? vendorEntries.filter((v) => !refersToCatalogue(v)) : raw.vendors, categoryIds, log),
        catalogueVendors: vendorEntries.filter(refersToCatalogue),
        uiUrl: url('uiUrl', 'Loading the UI from beside the script.'),
        googleConsentMode: googleConsentMapping(raw.googleConsentMode, categoryIds, log),
        autoBlock: flag(raw.autoBlock, 'autoBlock', log),
        reloadOnWithdraw: flag(raw.reloadOnWithdraw, 'reloadOnWithdraw', log),
        revisionMinor: flag(raw.revisionMinor, 'revisionMinor', log),
        textVersion,
        disclosureUrl: url('disclosureUrl', 'The banner shows no link to it.'),
        optOutParam: paramName('optOutParam', 'consent-opt-out'),
        optOutTokenParam: paramName('optOutTokenParam', 'consent-token'),
        unsubscribeEndpoint: url('unsubscribeEndpoint', 'Link opt-outs are not sent to a server.'),
        recordEndpoint: url('recordEndpoint', 'Consent records are not sent.'),
        layout: oneOf(raw.layout, 'layout', ['bar', 'bar-top', 'box', 'modal'], log),
        theme: oneOf(raw.theme, 'theme', ['auto', 'light', 'dark'], log),
        floatingButton: raw.floatingButton === undefined || raw.floatingButton === false || raw.floatingButton === 'false'
            ? false
            : oneOf(raw.floatingButton === true || raw.floatingButton === '' || raw.floatingButton === 'true' ? 'bottom-left' : raw.floatingButton, 'floatingButton', ['bottom-left', 'bottom-right', 'top-left', 'top-right'], log),
        texts,
    };
}

export { COOKIE_NAME_PATTERN, DEFAULT_COOKIE_NAME, DEFAULT_GOOGLE_CONSENT_MAPPING, DEFAULT_LIFETIME_DAYS, DEFAULT_REFUSAL_LIFETIME_DAYS, DEFAULT_REVISION, GOOGLE_CONSENT_TYPES, OPTION_NAMES, REVISION_PATTERN, isSafeUrl, resolveConfig, resolveVendors };
