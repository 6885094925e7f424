const grantedOrDenied = (granted) => (granted ? 'granted' : 'denied');
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
const VENDOR_CONSENT_CALLS = [
    {
        id: 'microsoft-clarity',
        category: 'analytics',
        global: 'clarity',
        tell: (clarity, granted, state) => typeof clarity === 'function' &&
            clarity('consentv2', { ad_Storage: grantedOrDenied(state.marketing), analytics_Storage: grantedOrDenied(granted) }),
    },
    {
        id: 'meta-pixel',
        category: 'marketing',
        global: 'fbq',
        tell: (fbq, granted) => typeof fbq === 'function' && fbq('consent', granted ? 'grant' : 'revoke'),
    },
    {
        id: 'microsoft-uet',
        category: 'marketing',
        global: 'uetq',
        tell: (uetq, granted) => typeof uetq?.push === 'function' && uetq.push('consent', 'update', { ad_storage: grantedOrDenied(granted) }),
    },
    {
        id: 'tiktok-pixel',
        category: 'marketing',
        global: 'ttq',
        tell: (ttq, granted) => {
            const method = ttq?.[granted ? 'grantConsent' : 'revokeConsent'];
            if (typeof method === 'function')
                method.call(ttq);
        },
    },
];
/** Tells the vendor tags on the page one decision (see installVendorConsentCalls). */
function tellVendors(manager, state, win = window) {
    for (const call of VENDOR_CONSENT_CALLS) {
        const category = manager.config.vendors.find((vendor) => vendor.id === call.id)?.category ?? call.category;
        const vendorGlobal = win[call.global];
        if (vendorGlobal === undefined)
            continue;
        try {
            call.tell(vendorGlobal, !!state[category], state);
        }
        catch {
            // A vendor's broken tag must not stop the others from hearing the decision.
        }
    }
}
/**
 * Tells the vendor tags on the page each decision, once per decision, through their own consent
 * switches: a tag already running then stops (or starts) collecting without a reload. Every decision,
 * a refusal that changes nothing included: a tag that ran on its defaults hears "denied" then. A vendor
 * whose global is absent (its tag is not on this page) is left alone.
 */
function installVendorConsentCalls(manager, win = window) {
    return manager.onChange(({ state }) => tellVendors(manager, state, win));
}

export { VENDOR_CONSENT_CALLS, installVendorConsentCalls, tellVendors };
