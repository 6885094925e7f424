import { BUILT_IN_CATEGORIES, CATEGORY_ID_PATTERN, SERVICE_CATEGORY } from './categories.js';
import { FLOATING_CORNERS, THEMES, LAYOUTS } from './config-types.js';
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
function isAbsoluteHttpUrl(url) {
    try {
        return typeof url === 'string' && /^https?:$/.test(new URL(url).protocol);
    }
    catch {
        return false;
    }
}
function positiveNumber(value, option, fallback, report) {
    if (value === undefined)
        return fallback;
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof number === 'number' && Number.isFinite(number) && number > 0)
        return number;
    report('error', 'days', option, value, fallback);
    return fallback;
}
function nameList(value, where, report) {
    if (value === undefined)
        return [];
    if (Array.isArray(value) && value.every((v) => typeof v === 'string' && v !== ''))
        return value;
    report('error', 'names', where);
    return [];
}
/** Booleans may arrive as data-attribute strings: `data-auto-block` or `data-auto-block="true"`. */
function flag(value, option, report) {
    if (value === undefined || value === false || value === 'false')
        return false;
    if (value === true || value === '' || value === 'true')
        return true;
    report('error', 'flag', option, value);
    return false;
}
function oneOf(value, option, allowed, report) {
    if (value === undefined)
        return allowed[0];
    if (allowed.includes(value))
        return value;
    report('error', 'oneOf', option, allowed, value);
    return allowed[0];
}
function textTables(value, report) {
    if (value === undefined)
        return {};
    const valid = value &&
        typeof value === 'object' &&
        !Array.isArray(value) &&
        Object.entries(value).every(([lang, table]) => /^[a-z]{2,3}$/.test(lang) && table && typeof table === 'object' && !Array.isArray(table));
    if (valid)
        return value;
    report('error', 'texts');
    return {};
}
function googleConsentMapping(value, categoryIds, report) {
    if (value === undefined || value === false || value === 'false')
        return null;
    if (value === true || value === '' || value === 'true')
        return { ...DEFAULT_GOOGLE_CONSENT_MAPPING };
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
        report('error', 'googleConsentMode');
        return null;
    }
    const mapping = {};
    for (const [id, types] of Object.entries(value)) {
        if (!categoryIds.includes(id))
            report('error', 'googleConsentModeCategory', id);
        else if (!Array.isArray(types) || !types.every((t) => GOOGLE_CONSENT_TYPES.includes(t))) {
            report('error', 'googleConsentModeTypes', id);
        }
        else
            mapping[id] = types;
    }
    return mapping;
}
function optionalText(value, where, report) {
    if (value === undefined || isLocalizedText(value))
        return value;
    report('error', 'text', where);
    return undefined;
}
function resolveCategories(input, report) {
    const entries = input && typeof input === 'object' && !Array.isArray(input) ? input : {};
    if (input !== undefined && entries !== input) {
        report('error', 'categories');
    }
    const ids = [...BUILT_IN_CATEGORIES, ...Object.keys(entries).filter((id) => !BUILT_IN_CATEGORIES.includes(id))];
    const categories = [];
    for (const id of ids) {
        const where = `categories.${id}`;
        let value = entries[id];
        const builtIn = BUILT_IN_CATEGORIES.includes(id);
        if (!CATEGORY_ID_PATTERN.test(id)) {
            report('error', 'categoryId', id);
            continue;
        }
        if (value === false) {
            if (id === SERVICE_CATEGORY) {
                report('error', 'serviceRemoved');
            }
            else if (builtIn) {
                continue;
            }
            value = undefined;
        }
        if (value === true)
            value = undefined;
        if (value !== undefined && (typeof value !== 'object' || value === null || Array.isArray(value))) {
            report('error', 'category', where);
            value = undefined;
        }
        const raw = (value ?? {});
        if (id === SERVICE_CATEGORY && 'required' in raw && raw.required !== true) {
            report('error', 'serviceOptional');
        }
        const title = optionalText(raw.title, `${where}.title`, report);
        if (!builtIn && title === undefined) {
            report('error', 'categoryTitle', where, id);
        }
        categories.push({
            id,
            required: id === SERVICE_CATEGORY,
            title: title ?? (builtIn ? undefined : id),
            description: optionalText(raw.description, `${where}.description`, report),
            cookies: nameList(raw.cookies, `${where}.cookies`, report),
            storage: nameList(raw.storage, `${where}.storage`, report),
            sellOrShare: raw.sellOrShare === undefined ? id === 'marketing' : raw.sellOrShare === true,
            whenOff: optionalText(raw.whenOff, `${where}.whenOff`, report),
        });
    }
    return categories;
}
/** `positions[i]`: where entry `i` stands in the site's own `vendors` list, for the messages (default: `i`). */
function resolveVendorsWith(input, categoryIds, report, positions) {
    if (input === undefined)
        return [];
    if (!Array.isArray(input)) {
        report('error', 'vendors');
        return [];
    }
    const vendors = [];
    input.forEach((value, index) => {
        const where = `vendors[${positions?.[index] ?? index}]`;
        if (!value || typeof value !== 'object') {
            report('error', 'vendor', where);
            return;
        }
        const raw = value;
        if (typeof raw.id !== 'string' || !raw.id)
            return report('error', 'vendorId', where);
        if (!isLocalizedText(raw.name))
            return report('error', 'vendorName', where, raw.id);
        if (typeof raw.category !== 'string' || !categoryIds.includes(raw.category)) {
            return report('error', 'vendorCategory', where, raw.id, raw.category, categoryIds);
        }
        let policyUrl = raw.policyUrl;
        if (policyUrl !== undefined && (typeof policyUrl !== 'string' || !isSafeUrl(policyUrl))) {
            report('error', 'vendorPolicyUrl', where);
            policyUrl = undefined;
        }
        // Off-site by nature: an absolute http(s) address, never a relative or script URL.
        let optOutUrl = raw.optOutUrl;
        if (optOutUrl !== undefined && !isAbsoluteHttpUrl(optOutUrl)) {
            report('error', 'vendorOptOutUrl', where, optOutUrl);
            optOutUrl = undefined;
        }
        vendors.push({
            id: raw.id,
            name: raw.name,
            category: raw.category,
            data: optionalText(raw.data, `${where}.data`, report),
            purpose: optionalText(raw.purpose, `${where}.purpose`, report),
            policyUrl: policyUrl,
            ...(optOutUrl !== undefined && { optOutUrl: optOutUrl }),
            cookies: nameList(raw.cookies, `${where}.cookies`, report),
            storage: nameList(raw.storage, `${where}.storage`, report),
            domains: nameList(raw.domains, `${where}.domains`, report),
        });
    });
    return vendors;
}
/**
 * Turns whatever the site owner wrote into a complete config. Never throws:
 * each problem is reported once through `report`, and a safe default takes its place.
 * (`resolveConfig` in config.ts prints them, naming the option and the fix.)
 */
function resolveConfigWith(input, report) {
    let raw = {};
    if (input && typeof input === 'object' && !Array.isArray(input))
        raw = input;
    else if (input !== undefined)
        report('error', 'config');
    for (const key of Object.keys(raw)) {
        if (!OPTION_NAMES.includes(key))
            report('warn', 'unknownOption', key);
    }
    const texts = textTables(raw.texts, report);
    let lang = typeof raw.lang === 'string' ? raw.lang.toLowerCase().split('-')[0] : 'ja';
    if (raw.lang !== undefined && !SUPPORTED_LANGUAGES.includes(lang) && !(lang in texts)) {
        report('warn', 'lang', raw.lang, lang);
        lang = 'ja';
    }
    let policyUrl;
    if (typeof raw.policyUrl === 'string' && isSafeUrl(raw.policyUrl))
        policyUrl = raw.policyUrl;
    else if (raw.policyUrl !== undefined) {
        report('error', 'policyUrl', raw.policyUrl);
    }
    else {
        report('warn', 'policyUrlMissing');
    }
    let revision = DEFAULT_REVISION;
    if (raw.revision !== undefined) {
        const value = String(raw.revision);
        if (REVISION_PATTERN.test(value))
            revision = value;
        else
            report('error', 'revision', raw.revision, revision);
    }
    let cookieName = DEFAULT_COOKIE_NAME;
    if (raw.cookieName !== undefined) {
        if (typeof raw.cookieName === 'string' && COOKIE_NAME_PATTERN.test(raw.cookieName))
            cookieName = raw.cookieName;
        else
            report('error', 'cookieName', raw.cookieName, cookieName);
    }
    let cookieDomain;
    if (raw.cookieDomain !== undefined) {
        if (typeof raw.cookieDomain === 'string' && /^\.?[a-z0-9.-]+$/i.test(raw.cookieDomain))
            cookieDomain = raw.cookieDomain;
        else
            report('error', 'cookieDomain', raw.cookieDomain);
    }
    const url = (option) => {
        const value = raw[option];
        if (value === undefined)
            return undefined;
        if (typeof value === 'string' && isSafeUrl(value))
            return value;
        report('error', 'url', option, value);
        return undefined;
    };
    const paramName = (option, fallback) => {
        const value = raw[option];
        if (value === undefined)
            return fallback;
        if (typeof value === 'string' && /^[A-Za-z0-9_.-]{1,64}$/.test(value))
            return value;
        report('error', 'param', option, fallback);
        return fallback;
    };
    const categories = resolveCategories(raw.categories, report);
    const categoryIds = categories.map((c) => c.id);
    const vendorEntries = Array.isArray(raw.vendors) ? raw.vendors : [];
    // A bare id, or an object without a name, refers to the vendor catalogue (loaded only when used).
    const refersToCatalogue = (v) => typeof v === 'string' || (!!v && typeof v === 'object' && !('name' in v));
    const sitePositions = [];
    const cataloguePositions = [];
    vendorEntries.forEach((v, i) => (refersToCatalogue(v) ? cataloguePositions : sitePositions).push(i));
    let textVersion;
    if (typeof raw.textVersion === 'string')
        textVersion = raw.textVersion;
    else if (raw.textVersion !== undefined)
        report('error', 'textVersion');
    return {
        lang,
        policyUrl,
        revision,
        cookieName,
        cookieDomain,
        cookieLifetimeDays: positiveNumber(raw.cookieLifetimeDays, 'cookieLifetimeDays', DEFAULT_LIFETIME_DAYS, report),
        refusalLifetimeDays: positiveNumber(raw.refusalLifetimeDays, 'refusalLifetimeDays', DEFAULT_REFUSAL_LIFETIME_DAYS, report),
        categories,
        vendors: resolveVendorsWith(Array.isArray(raw.vendors) ? sitePositions.map((i) => vendorEntries[i]) : raw.vendors, categoryIds, report, sitePositions),
        catalogueVendors: cataloguePositions.map((i) => vendorEntries[i]),
        catalogueVendorPositions: cataloguePositions,
        uiUrl: url('uiUrl'),
        googleConsentMode: googleConsentMapping(raw.googleConsentMode, categoryIds, report),
        autoBlock: flag(raw.autoBlock, 'autoBlock', report),
        reloadOnWithdraw: flag(raw.reloadOnWithdraw, 'reloadOnWithdraw', report),
        revisionMinor: flag(raw.revisionMinor, 'revisionMinor', report),
        textVersion,
        disclosureUrl: url('disclosureUrl'),
        optOutParam: paramName('optOutParam', 'consent-opt-out'),
        optOutTokenParam: paramName('optOutTokenParam', 'consent-token'),
        unsubscribeEndpoint: url('unsubscribeEndpoint'),
        recordEndpoint: url('recordEndpoint'),
        layout: oneOf(raw.layout, 'layout', LAYOUTS, report),
        theme: oneOf(raw.theme, 'theme', THEMES, report),
        floatingButton: raw.floatingButton === undefined || raw.floatingButton === false || raw.floatingButton === 'false'
            ? false
            : oneOf(raw.floatingButton === true || raw.floatingButton === '' || raw.floatingButton === 'true' ? 'bottom-left' : raw.floatingButton, 'floatingButton', FLOATING_CORNERS, report),
        texts,
    };
}

export { COOKIE_NAME_PATTERN, DEFAULT_COOKIE_NAME, DEFAULT_GOOGLE_CONSENT_MAPPING, DEFAULT_LIFETIME_DAYS, DEFAULT_REFUSAL_LIFETIME_DAYS, DEFAULT_REVISION, GOOGLE_CONSENT_TYPES, OPTION_NAMES, REVISION_PATTERN, isSafeUrl, resolveConfigWith, resolveVendorsWith };
