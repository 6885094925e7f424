// Entry of dist/consent-banner-core-rules.js: the config rules, on their own so that a first visit can
// resolve the config and show the banner (src/ui/mount.ts, mountFirstLayer) without the rest of the core.
// The core imports the same file, so a visitor who goes on to decide fetches it once.
export { resolveConfigWith } from './core/config-rules.js';
export { takeFromBoot } from './core/from-boot.js';
