import { ConsentPlaceholderElement } from './consent-placeholder.component.js';
export { ConsentPlaceholderElement };
export declare const CONSENT_PLACEHOLDER_TAG = "consent-placeholder";
export declare function defineConsentPlaceholder(registry?: CustomElementRegistry): void;
declare global {
    interface HTMLElementTagNameMap {
        'consent-placeholder': ConsentPlaceholderElement;
    }
}
