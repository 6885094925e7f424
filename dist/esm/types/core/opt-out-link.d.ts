import type { ConsentManager } from './consent-manager.js';
import type { Logger } from './log.js';
/** What the site's `unsubscribeEndpoint` receives. */
export interface UnsubscribeRequest {
    category: string;
    token?: string;
    consentId: string;
    time: string;
    /** `undo` when the visitor took the opt-out back from the confirmation. */
    action: 'opt-out' | 'undo';
}
/**
 * The unsubscribe link of a marketing e-mail (seed policy 001):
 * `…?consent-opt-out=marketing&consent-token=TOKEN` withdraws the category at
 * once, with no click, stores it, removes the parameters from the address bar
 * (so a reload or a shared URL does not repeat it) and shows a confirmation.
 * With `unsubscribeEndpoint`, the site's server is told too. Returns whether
 * the URL carried such a link.
 */
export declare function handleOptOutLink(manager: ConsentManager, win: Window, log: Logger, retryDelays?: number[]): boolean;
