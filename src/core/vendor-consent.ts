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
  tell(vendorGlobal: any, granted: boolean, state: ConsentState): void; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const grantedOrDenied = (granted: boolean | undefined) => (granted ? 'granted' : 'denied');

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
export const VENDOR_CONSENT_CALLS: readonly VendorConsentCall[] = [
  {
    id: 'microsoft-clarity',
    category: 'analytics',
    global: 'clarity',
    tell: (clarity, granted, state) =>
      typeof clarity === 'function' &&
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
      if (typeof method === 'function') method.call(ttq);
    },
  },
];

type VendorConsentManager = Pick<ConsentManager, 'onChange'> & { config: { vendors: readonly { id: string; category: CategoryId }[] } };

/** Tells the vendor tags on the page one decision (see installVendorConsentCalls). */
export function tellVendors(manager: Pick<VendorConsentManager, 'config'>, state: ConsentState, win: Window = window): void {
  for (const call of VENDOR_CONSENT_CALLS) {
    const category = manager.config.vendors.find((vendor) => vendor.id === call.id)?.category ?? call.category;
    const vendorGlobal = (win as unknown as Record<string, unknown>)[call.global];
    if (vendorGlobal === undefined) continue;
    try {
      call.tell(vendorGlobal, !!state[category], state);
    } catch {
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
export function installVendorConsentCalls(manager: VendorConsentManager, win: Window = window): () => void {
  return manager.onChange(({ state }) => tellVendors(manager, state, win));
}
