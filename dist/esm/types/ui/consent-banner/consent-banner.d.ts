import { CONSENT_BANNER_TAG } from '../tag-names.js';
import { ConsentBannerElement } from './consent-banner.component.js';
export { ConsentBannerElement };
export { CONSENT_BANNER_TAG };
/** Registers `<consent-banner>` unless something already did (the widget may be loaded twice). */
export declare function defineConsentBanner(registry?: CustomElementRegistry): void;
declare global {
    interface HTMLElementTagNameMap {
        'consent-banner': ConsentBannerElement;
    }
}
