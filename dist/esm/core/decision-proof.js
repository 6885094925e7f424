import { pageLanguage } from './language.js';

/** Version of the built-in texts; bump when their meaning changes, so records say which one was shown. */
const STRINGS_VERSION = '1';
function randomConsentId() {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}
/** Every configured category: granted if required or among `granted`. */
function stateFor(config, granted) {
    const grantedSet = new Set(granted);
    return Object.fromEntries(config.categories.map((c) => [c.id, c.required || grantedSet.has(c.id)]));
}
/** The config as the decision rule reads it. */
function decisionRuleOf(config) {
    return {
        ...config,
        optionalIds: config.categories.filter((c) => !c.required).map((c) => c.id),
        sellOrShareIds: config.categories.filter((c) => c.sellOrShare).map((c) => c.id),
    };
}
/** What "accept all" grants: every optional category, but under GPC not those that sell or share (only their own switch turns them on). */
function acceptAllGrants(rule, gpc) {
    return rule.optionalIds.filter((id) => !gpc || !rule.sellOrShareIds.includes(id));
}
/** The proof of `decision` for `recordEndpoint`. */
function consentRecordFor(config, decision, state, source, gpc) {
    return {
        consentId: decision.consentId,
        time: new Date(decision.time).toISOString(),
        revision: config.revision,
        language: pageLanguage(config.lang, Object.keys(config.texts)),
        state,
        source,
        textVersion: config.textVersion ? `${STRINGS_VERSION}+${config.textVersion}` : STRINGS_VERSION,
        gpc,
    };
}

export { STRINGS_VERSION, acceptAllGrants, consentRecordFor, decisionRuleOf, randomConsentId, stateFor };
