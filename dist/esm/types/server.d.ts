import type { ConsentState } from './core/categories.js';
import { type ConsentConfigInput, type ResolvedConfig } from './core/config.js';
import type { StoredDecision } from './core/cookie-format.js';
import type { Logger } from './core/log.js';
import { cookieValues } from './core/read-cookie.js';
export { formatConsentCookie, parseConsentCookie } from './core/cookie-format.js';
/** The values of every cookie named `name` in a `Cookie` request header. */
export { cookieValues };
export type { StoredDecision } from './core/cookie-format.js';
export interface ServerConsent {
    /** Every configured category → granted, exactly as `window.consentBanner.getState()` in the browser. */
    state: ConsentState;
    /** False when the visitor has not decided (or the decision no longer counts): treat as first visit. */
    decided: boolean;
    decision: StoredDecision | null;
    isGranted(id: string): boolean;
}
/**
 * The consent in a request, from its `Cookie` header: the same rules as the
 * browser (revision, expiry, damaged cookies grant nothing).
 */
export declare function readConsent(cookieHeader: string | null | undefined, config?: ConsentConfigInput | ResolvedConfig, log?: Logger): ServerConsent;
/** A `Set-Cookie` header value for a consent cookie, with the attributes the widget itself uses. */
export declare function consentSetCookie(name: string, value: string, lifetimeDays: number, options?: {
    domain?: string;
    secure?: boolean;
}): string;
/**
 * Records a decision on the server, e.g. after handling the e-mail
 * unsubscribe link server-side: `{ marketing: false }` on top of what the
 * visitor chose. Returns the new consent and the `Set-Cookie` value to send.
 */
export declare function writeConsent(cookieHeader: string | null | undefined, choices: Partial<ConsentState>, config?: ConsentConfigInput, options?: {
    secure?: boolean;
    log?: Logger;
}): {
    consent: ServerConsent;
    setCookie: string;
};
interface RequestLike {
    headers: {
        cookie?: string | string[] | undefined;
    } | Headers;
    consent?: ServerConsent;
}
/**
 * Middleware for Node's `http` and Express-style handlers: puts the
 * request's consent on `request.consent`, then calls `next()` if given.
 */
export declare function consentMiddleware(config?: ConsentConfigInput): (request: RequestLike, _response?: unknown, next?: () => void) => void;
/** E-mail opt-out links and List-Unsubscribe headers (Node: uses node:crypto); see consent-banner/service. */
export { createOptOutLink, type OptOutLink, type OptOutLinkOptions } from './service/tokens.js';
