import type { ResolvedConfig } from './config-types.js';
import type { ConsentManager, ConsentManagerOptions } from './manager-types.js';
export type * from './manager-types.js';
/** Version of the built-in texts; bump when their meaning changes, so records say which one was shown. */
export declare const STRINGS_VERSION = "1";
/**
 * The consent manager for a resolved config. `createConsentManager` (consent-manager.ts) also takes the site
 * owner's raw config and explains its problems; the script-tag core calls this directly, so that the
 * messages stay out of it.
 */
export declare function createManagerFor(config: ResolvedConfig, options?: ConsentManagerOptions): ConsentManager;
