// No side effects: nothing is registered or started by importing this module.
export * from './core/index.js';
export { getStrings } from './i18n/index.js';
export type { Language, Strings } from './i18n/index.js';
export { ConsentBannerElement } from './ui/consent-banner/consent-banner.component.js';
export { CONSENT_BANNER_TAG, defineConsentBanner } from './ui/consent-banner/consent-banner.js';
export { ConsentPlaceholderElement } from './ui/consent-placeholder/consent-placeholder.component.js';
export { CONSENT_PLACEHOLDER_TAG, defineConsentPlaceholder } from './ui/consent-placeholder/consent-placeholder.js';
export { ConsentDisclosureElement } from './ui/consent-disclosure/consent-disclosure.component.js';
export { CONSENT_DISCLOSURE_TAG, defineConsentDisclosure } from './ui/consent-disclosure/consent-disclosure.js';
export { mountConsentBanner, mountDisclosures } from './ui/mount.js';
export { mountPlaceholders } from './ui/placeholders.js';
