import { resolveVendors } from './config.js';

/**
 * Completes `vendors: ["ga4", { id: "meta-pixel", purpose: "…" }]` from the
 * vendor catalogue once it has loaded: the catalogue entry, with the site's
 * fields over it, validated like any other vendor.
 */
function applyCatalogue(config, catalogue, log) {
    const merged = [];
    for (const ref of config.catalogueVendors) {
        const id = typeof ref === 'string' ? ref : ref.id;
        const entry = id && Object.prototype.hasOwnProperty.call(catalogue, id) ? catalogue[id] : undefined;
        if (!entry) {
            log.error(`vendors: "${id}" is not in the vendor catalogue (known: ${Object.keys(catalogue).join(', ')}). Give it a name and category, or fix the id.`);
            continue;
        }
        merged.push(typeof ref === 'string' ? entry : { ...entry, ...ref });
    }
    config.vendors.push(...resolveVendors(merged, config.categories.map((c) => c.id), log));
    config.catalogueVendors = [];
}

export { applyCatalogue };
