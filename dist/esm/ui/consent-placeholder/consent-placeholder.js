import { CONSENT_PLACEHOLDER_TAG } from '../tag-names.js';
import { ConsentPlaceholderElement } from './consent-placeholder.component.js';

function defineConsentPlaceholder(registry = customElements) {
    if (!registry.get(CONSENT_PLACEHOLDER_TAG))
        registry.define(CONSENT_PLACEHOLDER_TAG, ConsentPlaceholderElement);
}

export { CONSENT_PLACEHOLDER_TAG, ConsentPlaceholderElement, defineConsentPlaceholder };
