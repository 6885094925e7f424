import { resolveVendors, type ResolvedConfig, type VendorInput } from './config.js';
import { catalogueEntries } from './catalogue-entries.js';
import type { Logger } from './log.js';

/**
 * Completes `vendors: ["ga4", { id: "meta-pixel", purpose: "…" }]` from the
 * vendor catalogue once it has loaded: the catalogue entry, with the site's
 * fields over it, validated like any other vendor.
 */
export function applyCatalogue(config: ResolvedConfig, catalogue: Readonly<Record<string, VendorInput>>, log: Logger): void {
  config.vendors.push(...resolveVendors(catalogueEntries(config, catalogue, log), config.categories.map((c) => c.id), log));
  config.catalogueVendors = [];
}
