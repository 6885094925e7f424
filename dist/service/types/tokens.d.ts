export declare const CATEGORY_PATTERN: RegExp;
export interface OptOutToken {
    recipient: string;
    category: string;
    /** Issue time, whole seconds since 1970. */
    issuedAt: number;
}
/** True when a string holds no lone UTF-16 surrogate (which no database text column can keep). */
export declare const isWellFormedText: (text: string) => boolean;
/** Why a recipient id or category cannot go into a token, or null when they can. */
export declare function tokenInputProblem(recipient: unknown, category: unknown): string | null;
/** Makes a token for one recipient and category. Throws on an unusable recipient or category. */
export declare function createOptOutToken(secret: string, recipient: string, category: string, issuedAt?: number): string;
/**
 * The recipient, category and issue time of a token made with one of `secrets` (current first, then the
 * previous one during a rotation), or null for anything forged, altered or malformed. Constant-time compare.
 */
export declare function verifyOptOutToken(token: unknown, secrets: readonly (string | undefined)[]): OptOutToken | null;
export interface OptOutLinkOptions {
    /** CONSENT_SECRET. */
    secret: string;
    /** An opaque id of the recipient chosen by your mail system (never the address itself). */
    recipient: string;
    /** The category the link withdraws, e.g. `marketing`. */
    category: string;
    /** The page of your site that runs the widget; the link opens it with the opt-out parameters. */
    site: string;
    /** The consent service's public URL: adds the RFC 8058 one-click address to `List-Unsubscribe`. */
    serviceUrl?: string;
    /** Issue time (a Date or seconds since 1970); default now. */
    issuedAt?: Date | number;
    /** The widget's `optOutParam` / `optOutTokenParam` when the site changed them. */
    optOutParam?: string;
    optOutTokenParam?: string;
}
export interface OptOutLink {
    /** For the e-mail body: the site's page with `consent-opt-out` and `consent-token`. */
    url: string;
    token: string;
    /** `List-Unsubscribe` (and, with `serviceUrl`, `List-Unsubscribe-Post`) for the message's headers. */
    headers: Record<string, string>;
}
/** The e-mail opt-out link and List-Unsubscribe headers for one recipient and category. */
export declare function createOptOutLink(options: OptOutLinkOptions): OptOutLink;
