import type { ConsentState } from './categories.js';
import type { GoogleConsentType } from './config-types.js';
import type { ConsentManager } from './consent-manager.js';
import { type ReportProblem } from './boot-problems.js';
import type { Logger } from './log.js';
declare global {
    interface Window {
        dataLayer?: unknown;
    }
}
type ConsentValues = Partial<Record<GoogleConsentType, 'granted' | 'denied'>>;
export declare function googleConsentFor(state: ConsentState, mapping: Record<string, GoogleConsentType[]>): ConsentValues;
type Mapping = Record<string, GoogleConsentType[]>;
type FollowedManager = Pick<ConsentManager, 'isDecided' | 'getState' | 'onChange'>;
/**
 * Google Consent Mode v2: the default (everything denied but
 * security_storage) goes to the dataLayer at once, before any gated tag can
 * run. Returns the function that then follows a manager: one `update` for a
 * restored decision and one per decision, each followed by a `consent_update`
 * event for tag managers. Null when Consent Mode is off or cannot be sent.
 */
export declare function startGoogleConsentMode(mapping: Mapping | null, win: Window, report: ReportProblem): ((manager: FollowedManager, mapping: Mapping) => void) | null;
/** The default now, and updates that follow `manager`. */
export declare function installGoogleConsentMode(manager: FollowedManager, mapping: Mapping | null, win: Window, log: Logger): void;
export {};
