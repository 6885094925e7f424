import type { ResolvedConfig } from './config-types.js';
import type { lifetimeDays } from './decision-rule.js';
import type { ConsentManager } from './manager-types.js';
import type { cookieValues } from './read-cookie.js';
/** A first-layer manager: what the banner renders before the full manager exists. */
export interface FirstLayerManager extends ConsentManager {
    /** Settles once every call goes to the full manager (see createFirstLayerManager). */
    readonly handedOver: Promise<ConsentManager>;
}
export interface FirstLayerOptions {
    /** Loads the full manager (the core), resolving once it has started. */
    loadFull(): Promise<ConsentManager>;
    /** Settles when the full manager has started, whoever loaded it (a page script, another tab's decision). */
    fullStarted: Promise<ConsentManager>;
    gpc: boolean;
    /** The boot script's own decision rule and cookie reader (boot-shared.ts), rather than a second copy. */
    lifetimeDays: typeof lifetimeDays;
    cookieValues: typeof cookieValues;
}
/**
 * Lets the banner show, and take Accept all / Reject all, on a first visit before the full manager (the
 * core) has arrived. The visitor has never decided, so nothing is stored, nothing is granted but the
 * required categories, and the banner is what shows.
 * A decision (the banner's, or a page script's) hides the banner at once and is carried out by the full
 * manager, in order, as soon as it is here; the visitor's reach for a button has usually fetched it already.
 * If the page is left first, the decisions are stored here as the full manager would store them (the cookie,
 * and their records queued for the next page view). Anything else loads the full manager and waits for it.
 * Once the full manager has started, the listeners move to it and this object only forwards.
 */
export declare function createFirstLayerManager(config: ResolvedConfig, { loadFull, fullStarted, gpc, lifetimeDays, cookieValues }: FirstLayerOptions): FirstLayerManager;
