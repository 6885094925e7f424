import { resolveVendorsWith } from './config-rules.js';

/**
 * Completes `config.catalogueVendors` from the catalogue: each entry with the site's fields over it,
 * validated like any other vendor (problems go to `report`); an id the catalogue lacks is reported and left
 * out. Without the config messages, so the script-tag core can use it; applyCatalogue prints through a logger.
 */
function applyCatalogueWith(config, catalogue, log, report) {
    const entries = [];
    const positions = [];
    config.catalogueVendors.forEach((ref, index) => {
        const id = typeof ref === 'string' ? ref : ref.id;
        const entry = id && Object.prototype.hasOwnProperty.call(catalogue, id) ? catalogue[id] : undefined;
        if (!entry) {
            log.error(`vendors: "${id}" is not in the vendor catalogue (known: ${Object.keys(catalogue).join(', ')}). Give it a name and category, or fix the id.`);
            return;
        }
        entries.push(typeof ref === 'string' ? entry : { ...entry, ...ref });
        positions.push(config.catalogueVendorPositions?.[index] ?? index);
    });
    config.vendors.push(...resolveVendorsWith(entries, config.categories.map((c) => c.id), report, positions));
    config.catalogueVendors = [];
    config.catalogueVendorPositions = [];
}

export { applyCatalogueWith };
