import type { ConsentState } from './categories.js';
import { type GoogleConsentType } from './config.js';
import type { ConsentManager } from './consent-manager.js';
import type { Logger } from './log.js';
declare global {
    interface Window {
        dataLayer?: unknown;
    }
}
type ConsentValues = Partial<Record<GoogleConsentType, 'granted' | 'denied'>>;
export declare function googleConsentFor(state: ConsentState, mapping: Record<string, GoogleConsentType[]>): ConsentValues;
/**
 * Google Consent Mode v2: the default (everything denied but
 * security_storage) goes to the dataLayer at once, before any gated tag can
 * run; then one `update` for a restored decision and one per decision, each
 * followed by a `consent_update` event for tag managers.
 */
export declare function installGoogleConsentMode(manager: ConsentManager, win: Window, log: Logger): void;
export {};
