import { reportConfigProblemsTo } from './config.js';
import { applyCatalogueWith } from './apply-catalogue-with.js';

/**
 * Completes `vendors: ["ga4", { id: "meta-pixel", purpose: "…" }]` from the
 * vendor catalogue once it has loaded: the catalogue entry, with the site's
 * fields over it, validated like any other vendor.
 */
function applyCatalogue(config, catalogue, log) {
    applyCatalogueWith(config, catalogue, log, reportConfigProblemsTo(log));
}

export { applyCatalogue };
