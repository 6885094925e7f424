import { type CategoryId, type ConsentState } from './categories.js';
import { type GoogleConsentType } from './config-rules.js';
import type { BlockedVendor } from './auto-block.js';
import type { StoredDecision } from './cookie-format.js';
/** The config as the boot script understands it: the same values as `resolveConfig` gives, without its messages. */
export interface BootConfig {
    cookieName: string;
    revision: string;
    cookieLifetimeDays: number;
    refusalLifetimeDays: number;
    /** Every configured category id, `service` first. */
    categoryIds: CategoryId[];
    sellOrShareIds: CategoryId[];
    googleConsentMode: Record<CategoryId, GoogleConsentType[]> | null;
    optOutParam: string;
    /** With `autoBlock`: the config's own vendors (catalogue ones come with the core); null without it. */
    autoBlockVendors: BlockedVendor[] | null;
    /** With `autoBlock`: the vendors named by catalogue id (`"ga4"` or `{ id: "ga4", … }`); empty without it. */
    autoBlockCatalogue: unknown[];
    /** Something only the full core handles is configured. */
    needsCore: boolean;
}
export declare function readBootConfig(raw: Record<string, unknown>): BootConfig;
export interface VisitContext {
    /** Every value stored under the cookie name (the same name may be set for several paths or domains). */
    cookieValues: string[];
    now: number;
    gpc: boolean;
    /** The page URL's query string, which may carry an unsubscribe link's parameter. */
    search: string;
}
/**
 * The state to apply at once for a returning visitor, or null when the full manager must decide: no
 * decision, several cookies, a damaged, future-dated, expired or outdated one, an unsubscribe link, a grant
 * that Global Privacy Control now outweighs. The rule is the manager's own (decision-rule.ts); a decision
 * of an older revision never counts here, so `revisionMinor`'s notice is the full core's job.
 */
export declare function readReturningVisit(config: BootConfig, context: VisitContext): {
    decision: StoredDecision;
    state: ConsentState;
} | null;
/** Every configured category: `service` on, the others as granted. */
export declare function stateOf(config: BootConfig, granted: readonly CategoryId[]): ConsentState;
/**
 * autoBlock's view of the vendors named by catalogue id: each entry with the site's fields over it, as
 * resolveConfig completes them. Not validated here: a category the site does not have holds its tags for
 * good (the core reports it), which is the safe way to be wrong.
 */
export declare function catalogueBlockedVendors(refs: readonly unknown[], catalogue: Readonly<Record<string, BlockedVendor>>): BlockedVendor[];
