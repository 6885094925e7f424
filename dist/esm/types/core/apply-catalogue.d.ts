import { type ResolvedConfig, type VendorInput } from './config.js';
import type { Logger } from './log.js';
/**
 * Completes `vendors: ["ga4", { id: "meta-pixel", purpose: "…" }]` from the
 * vendor catalogue once it has loaded: the catalogue entry, with the site's
 * fields over it, validated like any other vendor.
 */
export declare function applyCatalogue(config: ResolvedConfig, catalogue: Readonly<Record<string, VendorInput>>, log: Logger): void;
