import type { ResolvedVendor } from './config.js';
import type { ConsentManager } from './consent-manager.js';
/** What autoBlock needs of a vendor: where its tags load from and which category they wait for. */
export type BlockedVendor = Pick<ResolvedVendor, 'category' | 'domains'>;
/** Marks an element held only because the vendor list is not complete yet (see `vendorsComplete`). */
export declare const PENDING_ATTRIBUTE = "data-consent-pending";
export interface AutoBlockOptions {
    /**
     * Settles once every vendor is known (the catalogue has arrived). Until then every script and iframe
     * from another host that no known vendor claims is held too; then each is kept for its vendor's
     * category or released. A promise that never settles keeps them held: too long is safe, too early is not.
     */
    vendorsComplete?: Promise<unknown>;
}
/**
 * `autoBlock`: holds back scripts and iframes whose address is on a
 * configured vendor's `domains` (see vendor-match.ts) until that vendor's
 * category is granted, for sites that cannot add `data-consent` to their
 * tags. It turns them into the gated form (`type="text/plain"` /
 * `data-src`), so the gates run them later.
 *
 * What it catches: scripts in the HTML (seen by a MutationObserver before
 * they run) and scripts a tag manager creates with
 * `document.createElement('script')`, and iframes a script creates. What it
 * cannot: an `<iframe src>` written in the HTML starts loading as the parser
 * inserts it, before any observer runs (removing `src` then cancels the
 * load, sometimes after the request has left: mark such iframes with
 * `data-src`); requests a script already running makes itself (fetch,
 * images, beacons); the browser's preload scanner fetching a blocked file
 * early (it is fetched but not run); and tags added by `document.write`.
 * Tag your scripts and embeds where you can.
 *
 * `vendors` is asked on every check, so vendors that become known later (the
 * catalogue) count from then on.
 */
export declare function installAutoBlock(manager: Pick<ConsentManager, 'isGranted'>, vendors: () => readonly BlockedVendor[], doc?: Document, { vendorsComplete }?: AutoBlockOptions): () => void;
