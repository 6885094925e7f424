import { ConsentPlaceholderElement } from './consent-placeholder.component.js';

const CONSENT_PLACEHOLDER_TAG = 'consent-placeholder';
function defineConsentPlaceholder(registry = customElements) {
    if (!registry.get(CONSENT_PLACEHOLDER_TAG))
        registry.define(CONSENT_PLACEHOLDER_TAG, ConsentPlaceholderElement);
}

export { CONSENT_PLACEHOLDER_TAG, ConsentPlaceholderElement, defineConsentPlaceholder };
