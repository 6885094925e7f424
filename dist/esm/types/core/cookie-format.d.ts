import { type CategoryId } from './categories.js';
/**
 * The stored decision. In the cookie it reads
 * `1|<revision>|<unix seconds>|<consent id>|<granted ids joined by +>`,
 * e.g. `1|3|1764497075|k3j9f0a2x1c8q7zm|analytics+marketing`: every
 * character is a valid cookie octet, so servers read it without decoding.
 * `service` is always granted and not written. A sixth field `g` is added
 * when the decision was made while the browser sent Global Privacy Control.
 */
export interface StoredDecision {
    revision: string;
    /** Decision time in milliseconds since the epoch (stored to the second). */
    time: number;
    consentId: string;
    granted: CategoryId[];
    /** Made while the browser sent Global Privacy Control, so its grants were explicit. */
    gpc?: boolean;
}
export declare const COOKIE_FORMAT_VERSION = "1";
export declare function formatConsentCookie(decision: StoredDecision): string;
/**
 * Reads a cookie value that any script on the site could have written.
 * Returns null for anything that is not exactly our format (never throws),
 * so a foreign or damaged value counts as "no decision" and grants nothing.
 */
export declare function parseConsentCookie(value: unknown): StoredDecision | null;
