// Entry of dist/consent-banner-ui.js: the Lit UI, loaded by the boot script only when something must be shown.
export { mountConsentBanner, mountDisclosures, mountFirstLayer, showPlaceholders } from './ui/mount.js';
