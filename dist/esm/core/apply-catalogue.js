import { resolveVendors } from './config.js';
import { catalogueEntries } from './catalogue-entries.js';

/**
 * Completes `vendors: ["ga4", { id: "meta-pixel", purpose: "…" }]` from the
 * vendor catalogue once it has loaded: the catalogue entry, with the site's
 * fields over it, validated like any other vendor.
 */
function applyCatalogue(config, catalogue, log) {
    config.vendors.push(...resolveVendors(catalogueEntries(config, catalogue, log), config.categories.map((c) => c.id), log));
    config.catalogueVendors = [];
}

export { applyCatalogue };
