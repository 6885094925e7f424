import type { ResolvedConfig, VendorInput } from './config-rules.js';
import type { Logger } from './log.js';
/**
 * The vendors `config.catalogueVendors` names, from the catalogue with the site's fields over them (not yet
 * validated); an id the catalogue lacks is reported and left out. Without the config messages, so the
 * script-tag core can use it (applyCatalogue is the whole step).
 */
export declare function catalogueEntries(config: ResolvedConfig, catalogue: Readonly<Record<string, VendorInput>>, log: Logger): VendorInput[];
