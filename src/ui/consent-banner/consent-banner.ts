import { CONSENT_BANNER_TAG } from '../tag-names.js';
import { ConsentBannerElement } from './consent-banner.component.js';

export { ConsentBannerElement };

export { CONSENT_BANNER_TAG };

/** Registers `<consent-banner>` unless something already did (the widget may be loaded twice). */
export function defineConsentBanner(registry: CustomElementRegistry = customElements): void {
  if (!registry.get(CONSENT_BANNER_TAG)) registry.define(CONSENT_BANNER_TAG, ConsentBannerElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'consent-banner': ConsentBannerElement;
  }
}
