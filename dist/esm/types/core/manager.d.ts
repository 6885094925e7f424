import type { ResolvedConfig } from './config-types.js';
import type { ConsentManager, ConsentManagerOptions } from './manager-types.js';
export type * from './manager-types.js';
export { STRINGS_VERSION } from './decision-proof.js';
/**
 * The consent manager for a resolved config. `createConsentManager` (consent-manager.ts) also takes the site
 * owner's raw config and explains its problems; the script-tag core calls this directly, so that the
 * messages stay out of it.
 */
export declare function createManagerFor(config: ResolvedConfig, options?: ConsentManagerOptions): ConsentManager;
