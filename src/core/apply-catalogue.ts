import { resolveVendors, type ResolvedConfig, type VendorInput } from './config.js';
import type { Logger } from './log.js';

/**
 * Completes `vendors: ["ga4", { id: "meta-pixel", purpose: "…" }]` from the
 * vendor catalogue once it has loaded: the catalogue entry, with the site's
 * fields over it, validated like any other vendor.
 */
export function applyCatalogue(config: ResolvedConfig, catalogue: Readonly<Record<string, VendorInput>>, log: Logger): void {
  const merged: VendorInput[] = [];
  for (const ref of config.catalogueVendors) {
    const id = typeof ref === 'string' ? ref : ref.id;
    const entry = id && Object.prototype.hasOwnProperty.call(catalogue, id) ? catalogue[id] : undefined;
    if (!entry) {
      log.error(`vendors: "${id}" is not in the vendor catalogue (known: ${Object.keys(catalogue).join(', ')}). Give it a name and category, or fix the id.`);
      continue;
    }
    merged.push(typeof ref === 'string' ? entry : ({ ...entry, ...ref } as VendorInput));
  }
  config.vendors.push(...resolveVendors(merged, config.categories.map((c) => c.id), log));
  config.catalogueVendors = [];
}
