import { CONSENT_PLACEHOLDER_TAG } from '../tag-names.js';
import { ConsentPlaceholderElement } from './consent-placeholder.component.js';

export { ConsentPlaceholderElement };

export { CONSENT_PLACEHOLDER_TAG };

export function defineConsentPlaceholder(registry: CustomElementRegistry = customElements): void {
  if (!registry.get(CONSENT_PLACEHOLDER_TAG)) registry.define(CONSENT_PLACEHOLDER_TAG, ConsentPlaceholderElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'consent-placeholder': ConsentPlaceholderElement;
  }
}
