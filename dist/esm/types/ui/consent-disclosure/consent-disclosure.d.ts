import { CONSENT_DISCLOSURE_TAG } from '../tag-names.js';
import { ConsentDisclosureElement } from './consent-disclosure.component.js';
export { ConsentDisclosureElement };
export { CONSENT_DISCLOSURE_TAG };
export declare function defineConsentDisclosure(registry?: CustomElementRegistry): void;
declare global {
    interface HTMLElementTagNameMap {
        'consent-disclosure': ConsentDisclosureElement;
    }
}
