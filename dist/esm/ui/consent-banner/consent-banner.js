import { CONSENT_BANNER_TAG } from '../tag-names.js';
import { ConsentBannerElement } from './consent-banner.component.js';

/** Registers `<consent-banner>` unless something already did (the widget may be loaded twice). */
function defineConsentBanner(registry = customElements) {
    if (!registry.get(CONSENT_BANNER_TAG))
        registry.define(CONSENT_BANNER_TAG, ConsentBannerElement);
}

export { CONSENT_BANNER_TAG, ConsentBannerElement, defineConsentBanner };
