import { resolveConfig } from './config.js';
import { consoleLogger } from './log.js';
import { createManagerFor } from './manager.js';

// The consent manager as the public API offers it: from any config the site owner wrote, its problems
// explained (config.ts). The manager itself is in manager.ts.
function isResolved(config) {
    return Array.isArray(config.categories);
}
function createConsentManager(configInput = {}, options = {}) {
    return createManagerFor(isResolved(configInput) ? configInput : resolveConfig(configInput, options.log ?? consoleLogger), options);
}

export { createConsentManager, createManagerFor };
