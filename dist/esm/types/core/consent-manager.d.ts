import { type ConsentConfigInput, type ResolvedConfig } from './config.js';
import { type ConsentManager, type ConsentManagerOptions } from './manager.js';
export * from './manager.js';
export declare function createConsentManager(configInput?: ConsentConfigInput | ResolvedConfig, options?: ConsentManagerOptions): ConsentManager;
