import { reportConfigProblemsTo, type ResolvedConfig, type VendorInput } from './config.js';
import { applyCatalogueWith } from './apply-catalogue-with.js';
import type { Logger } from './log.js';

/**
 * Completes `vendors: ["ga4", { id: "meta-pixel", purpose: "…" }]` from the
 * vendor catalogue once it has loaded: the catalogue entry, with the site's
 * fields over it, validated like any other vendor.
 */
export function applyCatalogue(config: ResolvedConfig, catalogue: Readonly<Record<string, VendorInput>>, log: Logger): void {
  applyCatalogueWith(config, catalogue, log, reportConfigProblemsTo(log));
}
