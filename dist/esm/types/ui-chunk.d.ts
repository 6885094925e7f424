export { mountConsentBanner, mountDisclosures, showPlaceholders } from './ui/mount.js';
