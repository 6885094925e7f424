import { resolveConfig } from './core/config.js';
import { createConsentManager } from './core/consent-manager.js';
import { cookieValues } from './core/read-cookie.js';
export { formatConsentCookie, parseConsentCookie } from './core/cookie-format.js';
export { createOptOutLink } from './service/tokens.js';

/** Storage over one request: reads its Cookie header, keeps what is written for the response. */
function requestStorage(header, name) {
    const values = cookieValues(header, name);
    let written;
    const storage = {
        read: () => (written === undefined ? values[0] : (written?.value ?? undefined)),
        readAll: () => values,
        write(value, lifetimeDays) {
            written = { value, lifetimeDays };
            return true;
        },
        clear() {
            written = null;
        },
    };
    return { storage, written: () => written };
}
const silent = { warn: () => { }, error: () => { } };
function managerFor(header, config, log) {
    const resolved = Array.isArray(config.categories) ? config : resolveConfig(config, log);
    const request = requestStorage(header, resolved.cookieName);
    // A server knows no Global Privacy Control header here; pass the Sec-GPC header's value yourself if you honour it.
    const manager = createConsentManager(resolved, { storage: request.storage, log, gpc: false });
    return { manager, request, config: resolved };
}
function toServerConsent(manager) {
    return {
        state: manager.getState(),
        decided: manager.isDecided(),
        decision: manager.getDecision(),
        isGranted: (id) => manager.isGranted(id),
    };
}
/**
 * The consent in a request, from its `Cookie` header: the same rules as the
 * browser (revision, expiry, damaged cookies grant nothing).
 */
function readConsent(cookieHeader, config = {}, log = silent) {
    return toServerConsent(managerFor(cookieHeader, config, log).manager);
}
/** A `Set-Cookie` header value for a consent cookie, with the attributes the widget itself uses. */
function consentSetCookie(name, value, lifetimeDays, options = {}) {
    return [
        `${name}=${value}`,
        'Path=/',
        `Max-Age=${Math.round(lifetimeDays * 86_400)}`,
        'SameSite=Lax',
        ...(options.domain ? [`Domain=${options.domain}`] : []),
        ...(options.secure === false ? [] : ['Secure']),
    ].join('; ');
}
/**
 * Records a decision on the server, e.g. after handling the e-mail
 * unsubscribe link server-side: `{ marketing: false }` on top of what the
 * visitor chose. Returns the new consent and the `Set-Cookie` value to send.
 */
function writeConsent(cookieHeader, choices, config = {}, options = {}) {
    const { manager, request, config: resolved } = managerFor(cookieHeader, config, options.log ?? silent);
    manager.set(choices, 'api');
    const written = request.written();
    return {
        consent: toServerConsent(manager),
        setCookie: consentSetCookie(resolved.cookieName, written.value, written.lifetimeDays, { domain: resolved.cookieDomain, secure: options.secure }),
    };
}
/**
 * Middleware for Node's `http` and Express-style handlers: puts the
 * request's consent on `request.consent`, then calls `next()` if given.
 */
function consentMiddleware(config = {}) {
    const resolved = resolveConfig(config, silent);
    return (request, _response, next) => {
        const headers = request.headers;
        const header = typeof headers.get === 'function' ? headers.get('cookie') : headers.cookie;
        request.consent = readConsent(Array.isArray(header) ? header.join('; ') : header, resolved);
        next?.();
    };
}

export { consentMiddleware, consentSetCookie, cookieValues, readConsent, writeConsent };
