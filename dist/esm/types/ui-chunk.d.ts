export { mountConsentBanner, mountDisclosures } from './ui/mount.js';
export { mountPlaceholders } from './ui/placeholders.js';
