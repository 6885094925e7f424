import type { ResolvedVendor } from './config.js';
import type { ConsentManager } from './consent-manager.js';
/** What autoBlock needs of a vendor: where its tags load from and which category they wait for. */
export type BlockedVendor = Pick<ResolvedVendor, 'category' | 'domains'>;
/**
 * `autoBlock`: holds back scripts and iframes whose address is on a
 * configured vendor's `domains` until that vendor's category is granted, for
 * sites that cannot add `data-consent` to their tags. It turns them into the
 * gated form (`type="text/plain"` / `data-src`), so the gates run them later.
 *
 * What it catches: scripts and iframes in the HTML (seen by a
 * MutationObserver before they run) and scripts a tag manager creates with
 * `document.createElement('script')`. What it cannot: requests a script
 * already running makes itself (fetch, images, beacons), the browser's
 * preload scanner fetching a blocked file early (it is fetched but not run),
 * and tags added by `document.write`. Tag your scripts where you can.
 *
 * `vendors` is asked on every check, so vendors that become known later (the
 * catalogue) count from then on.
 */
export declare function installAutoBlock(manager: Pick<ConsentManager, 'isGranted'>, vendors: () => readonly BlockedVendor[], doc?: Document): () => void;
