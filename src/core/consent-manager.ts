// The consent manager as the public API offers it: from any config the site owner wrote, its problems
// explained (config.ts). The manager itself is in manager.ts.
import { resolveConfig, type ConsentConfigInput, type ResolvedConfig } from './config.js';
import { consoleLogger } from './log.js';
import { createManagerFor, type ConsentManager, type ConsentManagerOptions } from './manager.js';

export * from './manager.js';

function isResolved(config: ConsentConfigInput | ResolvedConfig): config is ResolvedConfig {
  return Array.isArray((config as ResolvedConfig).categories);
}

export function createConsentManager(configInput: ConsentConfigInput | ResolvedConfig = {}, options: ConsentManagerOptions = {}): ConsentManager {
  return createManagerFor(isResolved(configInput) ? configInput : resolveConfig(configInput, options.log ?? consoleLogger), options);
}
