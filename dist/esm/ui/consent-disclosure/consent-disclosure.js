import { ConsentDisclosureElement } from './consent-disclosure.component.js';

const CONSENT_DISCLOSURE_TAG = 'consent-disclosure';
function defineConsentDisclosure(registry = customElements) {
    if (!registry.get(CONSENT_DISCLOSURE_TAG))
        registry.define(CONSENT_DISCLOSURE_TAG, ConsentDisclosureElement);
}

export { CONSENT_DISCLOSURE_TAG, ConsentDisclosureElement, defineConsentDisclosure };
