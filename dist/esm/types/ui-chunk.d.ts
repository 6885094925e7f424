export { mountConsentBanner, mountDisclosures, mountFirstLayer, showPlaceholders } from './ui/mount.js';
