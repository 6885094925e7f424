import { type ReportConfigProblem, type ResolvedConfig, type VendorInput } from './config-rules.js';
import type { Logger } from './log.js';
/**
 * Completes `config.catalogueVendors` from the catalogue: each entry with the site's fields over it,
 * validated like any other vendor (problems go to `report`); an id the catalogue lacks is reported and left
 * out. Without the config messages, so the script-tag core can use it; applyCatalogue prints through a logger.
 */
export declare function applyCatalogueWith(config: ResolvedConfig, catalogue: Readonly<Record<string, VendorInput>>, log: Logger, report: ReportConfigProblem): void;
