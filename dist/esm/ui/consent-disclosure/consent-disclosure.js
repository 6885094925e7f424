import { CONSENT_DISCLOSURE_TAG } from '../tag-names.js';
import { ConsentDisclosureElement } from './consent-disclosure.component.js';

function defineConsentDisclosure(registry = customElements) {
    if (!registry.get(CONSENT_DISCLOSURE_TAG))
        registry.define(CONSENT_DISCLOSURE_TAG, ConsentDisclosureElement);
}

export { CONSENT_DISCLOSURE_TAG, ConsentDisclosureElement, defineConsentDisclosure };
