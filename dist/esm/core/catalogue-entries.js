/**
 * The vendors `config.catalogueVendors` names, from the catalogue with the site's fields over them (not yet
 * validated); an id the catalogue lacks is reported and left out. Without the config messages, so the
 * script-tag core can use it (applyCatalogue is the whole step).
 */
function catalogueEntries(config, catalogue, log) {
    const entries = [];
    for (const ref of config.catalogueVendors) {
        const id = typeof ref === 'string' ? ref : ref.id;
        const entry = id && Object.prototype.hasOwnProperty.call(catalogue, id) ? catalogue[id] : undefined;
        if (!entry) {
            log.error(`vendors: "${id}" is not in the vendor catalogue (known: ${Object.keys(catalogue).join(', ')}). Give it a name and category, or fix the id.`);
            continue;
        }
        entries.push(typeof ref === 'string' ? entry : { ...entry, ...ref });
    }
    return entries;
}

export { catalogueEntries };
