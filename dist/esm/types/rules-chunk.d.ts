export { resolveConfigWith } from './core/config-rules.js';
export { takeFromBoot } from './core/from-boot.js';
