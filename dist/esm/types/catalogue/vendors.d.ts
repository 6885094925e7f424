/**
 * Built-in catalogue of the external services most often found on Japanese
 * sites, for the 外部送信規律 disclosure (電気通信事業法 第27条の12) and for
 * deleting a vendor's cookies when consent is withdrawn.
 *
 * Site owners publish these facts, so every entry is limited to what is
 * documented or plainly observable: a cookie name we could not confirm is
 * left out rather than guessed. Only first-party cookies (set on the site's
 * own domain) are listed, since those are the only ones the site can delete.
 *
 * Pure data: no side effects, no Lit.
 */
import type { VendorInput } from '../core/config.js';
export interface CatalogueVendor extends VendorInput {
    /**
     * Where the vendor's tags load from or send to (for autoBlock, the withdrawal clean-up and the scanner):
     * a host suffix, optionally followed by a path-and-query prefix ('doubleclick.net',
     * 'www.google.com/maps/embed', 'googletagmanager.com/gtag/js?id=AW-'). The longest matching entry
     * wins (src/core/vendor-match.ts), so a shared host is told apart by its path.
     */
    domains: string[];
    /** localStorage keys or patterns the vendor's tag sets, if well known (may be empty). */
    storage?: string[];
}
/** The catalogue, keyed by vendor id. Shared data: copy an entry before changing it. */
export declare const VENDOR_CATALOGUE: Readonly<Record<string, CatalogueVendor>>;
/** The catalogue entry for `id`, or undefined (also for names such as "toString"). */
export declare function catalogueVendor(id: string): CatalogueVendor | undefined;
