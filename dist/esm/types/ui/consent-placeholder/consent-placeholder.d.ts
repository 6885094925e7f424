import { CONSENT_PLACEHOLDER_TAG } from '../tag-names.js';
import { ConsentPlaceholderElement } from './consent-placeholder.component.js';
export { ConsentPlaceholderElement };
export { CONSENT_PLACEHOLDER_TAG };
export declare function defineConsentPlaceholder(registry?: CustomElementRegistry): void;
declare global {
    interface HTMLElementTagNameMap {
        'consent-placeholder': ConsentPlaceholderElement;
    }
}
