/**
 * The globals of the tags vendor-consent.ts tells each decision (Clarity, Meta Pixel, UET, TikTok): the core
 * fetches that part only when one of them is on the page. A module of its own, so the core carries just the list.
 */
export declare const VENDOR_CONSENT_GLOBALS: string[];
