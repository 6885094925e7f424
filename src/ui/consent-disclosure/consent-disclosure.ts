import { CONSENT_DISCLOSURE_TAG } from '../tag-names.js';
import { ConsentDisclosureElement } from './consent-disclosure.component.js';

export { ConsentDisclosureElement };

export { CONSENT_DISCLOSURE_TAG };

export function defineConsentDisclosure(registry: CustomElementRegistry = customElements): void {
  if (!registry.get(CONSENT_DISCLOSURE_TAG)) registry.define(CONSENT_DISCLOSURE_TAG, ConsentDisclosureElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'consent-disclosure': ConsentDisclosureElement;
  }
}
