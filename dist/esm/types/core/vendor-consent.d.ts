import type { CategoryId, ConsentState } from './categories.js';
import type { ConsentManager } from './consent-manager.js';
export { VENDOR_CONSENT_GLOBALS } from './vendor-consent-globals.js';
/** A vendor tag's own consent switch, told each decision that concerns it. */
interface VendorConsentCall {
    /** The catalogue id, whose category (the site's, if it names the vendor) the call follows. */
    id: string;
    /** The category when the site does not name the vendor. */
    category: CategoryId;
    /** The global the vendor's snippet defines: the tag is on the page when it exists. */
    global: string;
    tell(vendorGlobal: any, granted: boolean, state: ConsentState): void;
}
/**
 * The call shapes:
 * - Microsoft Clarity, "Clarity Consent API v2" (learn.microsoft.com/clarity/clarity-consent-api-v2):
 *   `clarity('consentv2', { ad_Storage, analytics_Storage })`, each "granted" or "denied", both required.
 * - Meta Pixel, "General Data Protection Regulation" (developers.facebook.com/docs/meta-pixel/implementation/gdpr):
 *   `fbq('consent', 'grant' | 'revoke')`.
 * - Microsoft Advertising describes UET Consent Mode (learn.microsoft.com/advertising/msa-help/hlp_ba_conc_uet_consent);
 *   its one signal and push form, `uetq.push('consent', 'update', { ad_storage })`, are as the CMPs Microsoft
 *   lists there document them (the part of Microsoft's page with the code was not at hand).
 * - TikTok Pixel: `ttq.grantConsent()` / `ttq.revokeConsent()`, as CMPs document them
 *   (TikTok's own page was not at hand): called only when the pixel (or its stub) has the method.
 */
export declare const VENDOR_CONSENT_CALLS: readonly VendorConsentCall[];
type VendorConsentManager = Pick<ConsentManager, 'onChange'> & {
    config: {
        vendors: readonly {
            id: string;
            category: CategoryId;
        }[];
    };
};
/** Tells the vendor tags on the page one decision (see installVendorConsentCalls). */
export declare function tellVendors(manager: Pick<VendorConsentManager, 'config'>, state: ConsentState, win?: Window): void;
/**
 * Tells the vendor tags on the page each decision, once per decision, through their own consent
 * switches: a tag already running then stops (or starts) collecting without a reload. Every decision,
 * a refusal that changes nothing included: a tag that ran on its defaults hears "denied" then. A vendor
 * whose global is absent (its tag is not on this page) is left alone.
 */
export declare function installVendorConsentCalls(manager: VendorConsentManager, win?: Window): () => void;
