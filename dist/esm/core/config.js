import { resolveConfigWith, GOOGLE_CONSENT_TYPES, OPTION_NAMES } from './config-rules.js';
export { COOKIE_NAME_PATTERN, DEFAULT_COOKIE_NAME, DEFAULT_GOOGLE_CONSENT_MAPPING, DEFAULT_LIFETIME_DAYS, DEFAULT_REFUSAL_LIFETIME_DAYS, DEFAULT_REVISION, REVISION_PATTERN, isSafeUrl, resolveVendorsWith } from './config-rules.js';

// The messages that explain a config problem, and `resolveConfig`, which prints them. The rules
// themselves are in config-rules.ts; the script-tag core follows them without this file and
// fetches it only when a config has a problem to explain.
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
const show = (value) => JSON.stringify(value);
const WITHOUT_URL = {
    uiUrl: 'Loading the UI from beside the script.',
    disclosureUrl: 'The banner shows no link to it.',
    unsubscribeEndpoint: 'Link opt-outs are not sent to a server.',
    recordEndpoint: 'Consent records are not sent.',
};
/** Every config problem's message: what is wrong, where, and what the widget does instead. */
const CONFIG_MESSAGES = {
    config: () => 'The configuration must be an object; using the defaults.',
    unknownOption: (key) => `Unknown option "${key}" is ignored.${didYouMean(key, OPTION_NAMES)}`,
    lang: (value, lang) => `Option "lang" is ${show(value)}, which has no texts; use "ja" or "en", or add texts.${lang} (missing strings fall back to English). Falling back to "ja".`,
    policyUrl: (value) => `Option "policyUrl" must be an http(s) or relative URL; got ${show(value)}. The banner shows no policy link.`,
    policyUrlMissing: () => 'Option "policyUrl" is not set, so the banner cannot link to your privacy policy. Set data-policy-url on the script tag.',
    revision: (value, fallback) => `Option "revision" must be 1–32 letters, digits, ".", "_" or "-"; got ${show(value)}. Using "${fallback}".`,
    cookieName: (value, fallback) => `Option "cookieName" must be letters, digits, "_" or "-"; got ${show(value)}. Using "${fallback}".`,
    cookieDomain: (value) => `Option "cookieDomain" must be a domain such as "example.jp"; got ${show(value)}. Using the current host.`,
    url: (option, value) => `Option "${option}" must be an http(s) or relative URL; got ${show(value)}. ${WITHOUT_URL[option]}`,
    param: (option, fallback) => `Option "${option}" must be a query parameter name of letters, digits, "_", "." or "-"; using "${fallback}".`,
    textVersion: () => 'Option "textVersion" must be a string; ignoring it.',
    days: (option, value, fallback) => `Option "${option}" must be a positive number of days; got ${show(value)}. Using ${fallback}.`,
    names: (where) => `${where} must be a list of names or patterns such as "_ga*"; ignoring it.`,
    flag: (option, value) => `Option "${option}" must be true or false; got ${show(value)}. Using false.`,
    oneOf: (option, allowed, value) => `Option "${option}" must be one of ${allowed.map((a) => `"${a}"`).join(', ')}; got ${show(value)}. Using "${allowed[0]}".`,
    texts: () => 'Option "texts" must be an object keyed by language code, e.g. { "en": { "acceptAll": "Allow all" } }; ignoring it.',
    googleConsentMode: () => 'Option "googleConsentMode" must be true or an object such as { "analytics": ["analytics_storage"] }; it is off.',
    googleConsentModeCategory: (id) => `googleConsentMode maps "${id}", which is not a configured category; ignoring it.`,
    googleConsentModeTypes: (id) => `googleConsentMode.${id} must be a list of consent types (${GOOGLE_CONSENT_TYPES.join(', ')}); ignoring it.`,
    text: (where) => `${where} must be a string or an object such as { "ja": "…", "en": "…" }; ignoring it.`,
    categories: () => 'Option "categories" must be an object keyed by category id; using the built-in categories.',
    categoryId: (id) => `Category id "${id}" is invalid: use lower-case letters, digits, "_" or "-", starting with a letter. It is left out.`,
    serviceRemoved: () => 'The "service" category is always on and cannot be removed; ignoring categories.service = false.',
    category: (where) => `${where} must be an object with title and description, or false to leave a built-in category out.`,
    serviceOptional: () => 'The "service" category cannot be made optional: it covers what the site needs to work. It stays always on.',
    categoryTitle: (where, id) => `${where} has no title; showing its id "${id}" instead. Add title: { ja: "…", en: "…" }.`,
    vendors: () => 'Option "vendors" must be a list of { id, name, category, … }; ignoring it.',
    vendor: (where) => `${where} must be an object { id, name, category, data, purpose, policyUrl, cookies }; it is left out.`,
    vendorId: (where) => `${where} has no "id"; it is left out.`,
    vendorName: (where, id) => `${where} ("${id}") has no "name"; it is left out.`,
    vendorCategory: (where, id, category, known) => `${where} ("${id}") has category ${show(category)}, which is not configured (known: ${known.join(', ')}); it is left out.`,
    vendorPolicyUrl: (where) => `${where}.policyUrl must be an http(s) or relative URL; ignoring it.`,
    vendorOptOutUrl: (where, value) => `${where}.optOutUrl must be an absolute http(s) URL (the vendor's own opt-out page); got ${show(value)}. The table shows no opt-out link for it.`,
};
/** The message for one problem. */
function describeConfigProblem(...[code, ...details]) {
    return CONFIG_MESSAGES[code](...details);
}
/** Prints each problem through `log`, at its level. */
function reportConfigProblemsTo(log) {
    return (level, ...problem) => log[level](describeConfigProblem(...problem));
}
/**
 * Turns whatever the site owner wrote into a complete config. Never throws:
 * each problem is reported once through `log`, naming the option and the fix,
 * and a safe default takes its place.
 */
function resolveConfig(input, log) {
    return resolveConfigWith(input, reportConfigProblemsTo(log));
}

export { CONFIG_MESSAGES, GOOGLE_CONSENT_TYPES, OPTION_NAMES, describeConfigProblem, reportConfigProblemsTo, resolveConfig, resolveConfigWith };
