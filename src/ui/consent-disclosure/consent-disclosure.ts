import { ConsentDisclosureElement } from './consent-disclosure.component.js';

export { ConsentDisclosureElement };

export const CONSENT_DISCLOSURE_TAG = 'consent-disclosure';

export function defineConsentDisclosure(registry: CustomElementRegistry = customElements): void {
  if (!registry.get(CONSENT_DISCLOSURE_TAG)) registry.define(CONSENT_DISCLOSURE_TAG, ConsentDisclosureElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'consent-disclosure': ConsentDisclosureElement;
  }
}
