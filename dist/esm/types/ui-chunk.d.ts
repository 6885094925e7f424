export { mountConsentBanner } from './ui/mount.js';
