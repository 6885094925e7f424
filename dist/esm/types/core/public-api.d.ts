import type { ConsentApi, ConsentManager } from './consent-manager.js';
declare global {
    interface Window {
        consentBanner?: ConsentApi;
    }
}
/**
 * The part of a manager that page scripts may call. Decisions made through it
 * are reported with `source: 'api'`.
 */
export declare function createPublicApi(manager: Pick<ConsentManager, keyof ConsentApi>): ConsentApi;
