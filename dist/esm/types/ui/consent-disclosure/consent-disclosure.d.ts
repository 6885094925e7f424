import { ConsentDisclosureElement } from './consent-disclosure.component.js';
export { ConsentDisclosureElement };
export declare const CONSENT_DISCLOSURE_TAG = "consent-disclosure";
export declare function defineConsentDisclosure(registry?: CustomElementRegistry): void;
declare global {
    interface HTMLElementTagNameMap {
        'consent-disclosure': ConsentDisclosureElement;
    }
}
