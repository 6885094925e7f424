import { ConsentBannerElement } from './consent-banner.component.js';
export { ConsentBannerElement };
export declare const CONSENT_BANNER_TAG = "consent-banner";
/** Registers `<consent-banner>` unless something already did (the widget may be loaded twice). */
export declare function defineConsentBanner(registry?: CustomElementRegistry): void;
declare global {
    interface HTMLElementTagNameMap {
        'consent-banner': ConsentBannerElement;
    }
}
