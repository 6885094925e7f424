import { resolveVendorsWith, type ReportConfigProblem, type ResolvedConfig, type VendorInput } from './config-rules.js';
import type { Logger } from './log.js';

/**
 * Completes `config.catalogueVendors` from the catalogue: each entry with the site's fields over it,
 * validated like any other vendor (problems go to `report`); an id the catalogue lacks is reported and left
 * out. Without the config messages, so the script-tag core can use it; applyCatalogue prints through a logger.
 */
export function applyCatalogueWith(
  config: ResolvedConfig,
  catalogue: Readonly<Record<string, VendorInput>>,
  log: Logger,
  report: ReportConfigProblem,
): void {
  const entries: VendorInput[] = [];
  const positions: number[] = [];
  config.catalogueVendors.forEach((ref, index) => {
    const id = typeof ref === 'string' ? ref : ref.id;
    const entry = id && Object.prototype.hasOwnProperty.call(catalogue, id) ? catalogue[id] : undefined;
    if (!entry) {
      log.error(`vendors: "${id}" is not in the vendor catalogue (known: ${Object.keys(catalogue).join(', ')}). Give it a name and category, or fix the id.`);
      return;
    }
    entries.push(typeof ref === 'string' ? entry : ({ ...entry, ...ref } as VendorInput));
    positions.push(config.catalogueVendorPositions?.[index] ?? index);
  });
  config.vendors.push(...resolveVendorsWith(entries, config.categories.map((c) => c.id), report, positions));
  config.catalogueVendors = [];
  config.catalogueVendorPositions = [];
}
