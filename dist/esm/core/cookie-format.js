import { CATEGORY_ID_PATTERN } from './categories.js';

const COOKIE_FORMAT_VERSION = '1';
const SEPARATOR = '|';
const GRANTED_SEPARATOR = '+';
const REVISION_PATTERN = /^[A-Za-z0-9._-]{1,32}$/;
const CONSENT_ID_PATTERN = /^[A-Za-z0-9]{8,64}$/;
const SECONDS_PATTERN = /^\d{1,11}$/;
const GPC_FLAG = 'g';
function formatConsentCookie(decision) {
    return [
        COOKIE_FORMAT_VERSION,
        decision.revision,
        Math.floor(decision.time / 1000),
        decision.consentId,
        decision.granted.join(GRANTED_SEPARATOR),
        ...(decision.gpc ? [GPC_FLAG] : []),
    ].join(SEPARATOR);
}
/**
 * Reads a cookie value that any script on the site could have written.
 * Returns null for anything that is not exactly our format (never throws),
 * so a foreign or damaged value counts as "no decision" and grants nothing.
 */
function parseConsentCookie(value) {
    if (typeof value !== 'string' || value.length > 1024)
        return null;
    const fields = value.split(SEPARATOR);
    if (fields.length !== 5 && !(fields.length === 6 && fields[5] === GPC_FLAG))
        return null;
    const [version, revision, seconds, consentId, grantedField] = fields;
    if (version !== COOKIE_FORMAT_VERSION)
        return null;
    if (!REVISION_PATTERN.test(revision) || !SECONDS_PATTERN.test(seconds) || !CONSENT_ID_PATTERN.test(consentId))
        return null;
    const granted = grantedField === '' ? [] : grantedField.split(GRANTED_SEPARATOR);
    if (!granted.every((id) => CATEGORY_ID_PATTERN.test(id)))
        return null;
    const decision = { revision, time: Number(seconds) * 1000, consentId, granted: [...new Set(granted)] };
    if (fields.length === 6)
        decision.gpc = true;
    return decision;
}

export { COOKIE_FORMAT_VERSION, formatConsentCookie, parseConsentCookie };
