import type { CategoryId } from './categories.js';
import type { LocalizedText } from './localized-text.js';
/** The first layer's layouts, the default first: bottom bar, top bar, corner box, centred modal. */
export declare const LAYOUTS: readonly ["bar", "bar-top", "box", "modal"];
export type Layout = (typeof LAYOUTS)[number];
/** Colour themes, the default first; `auto` follows the visitor's `prefers-color-scheme`. */
export declare const THEMES: readonly ["auto", "light", "dark"];
export type Theme = (typeof THEMES)[number];
/** Corners for the floating settings button; `true` means the first. */
export declare const FLOATING_CORNERS: readonly ["bottom-left", "bottom-right", "top-left", "top-right"];
export type FloatingCorner = (typeof FLOATING_CORNERS)[number];
/** A purpose category as the site owner writes it in the config. */
export interface CategoryInput {
    title?: LocalizedText;
    description?: LocalizedText;
    /** Cookie names or `_ga*`-style patterns set by this category's trackers. */
    cookies?: string[];
    /** localStorage / sessionStorage keys or patterns its trackers set, removed on withdrawal. */
    storage?: string[];
    /** Refused while the browser sends Global Privacy Control (`marketing` is by default). */
    sellOrShare?: boolean;
    /** What stops working while this category is off, shown in the preferences. */
    whenOff?: LocalizedText;
}
/** A recipient of data (外部送信先) as the site owner writes it. */
export interface VendorInput {
    id: string;
    name: LocalizedText;
    category: CategoryId;
    /** The information sent (送信される情報). */
    data?: LocalizedText;
    /** Its purpose (利用目的). */
    purpose?: LocalizedText;
    policyUrl?: string;
    /** The vendor's own opt-out page (an absolute http(s) URL), shown in `<consent-disclosure>`. */
    optOutUrl?: string;
    cookies?: string[];
    storage?: string[];
    /** Where its tags load from, for `autoBlock`: a host suffix, optionally with a path-and-query prefix (src/core/vendor-match.ts). */
    domains?: string[];
}
/** Google Consent Mode v2 types a category maps to. */
export type GoogleConsentType = 'ad_storage' | 'ad_user_data' | 'ad_personalization' | 'analytics_storage' | 'functionality_storage' | 'personalization_storage' | 'security_storage';
/** Everything a site owner may configure; every key is optional. */
export interface ConsentConfigInput {
    lang?: string;
    policyUrl?: string;
    revision?: string | number;
    cookieName?: string;
    cookieDomain?: string;
    cookieLifetimeDays?: number | string;
    refusalLifetimeDays?: number | string;
    /** Built-in ids may be given `false` to leave them out; `service` cannot. */
    categories?: Record<CategoryId, CategoryInput | boolean>;
    vendors?: VendorInput[];
    /** Where the lazily loaded UI module lives; defaults to beside the boot script. */
    uiUrl?: string;
    /** Send Google Consent Mode v2 signals; an object maps category ids to consent types. */
    googleConsentMode?: boolean | string | Record<CategoryId, GoogleConsentType[]>;
    /** Hold back scripts and iframes from known tracker domains until their category is granted. */
    autoBlock?: boolean | string;
    /** Reload the page when a category is withdrawn, so scripts already running stop. */
    reloadOnWithdraw?: boolean | string;
    /** The current revision only clarifies the policy: inform visitors, do not ask again. */
    revisionMinor?: boolean | string;
    /** The site's own version of its banner texts, recorded with each decision. */
    textVersion?: string;
    /** The page listing every external transmission (外部送信ポリシー), linked from the banner. */
    disclosureUrl?: string;
    /** Query parameters of the unsubscribe link: `?consent-opt-out=marketing&consent-token=…`. */
    optOutParam?: string;
    optOutTokenParam?: string;
    /** Where the widget POSTs `{ category, token, consentId, time, action }` after a link opt-out. */
    unsubscribeEndpoint?: string;
    /** Where the widget sends a record of every decision. */
    recordEndpoint?: string;
    /** First-layer layout: bottom bar (default), top bar, corner box, or centred modal. */
    layout?: Layout;
    /** Colour theme; `auto` follows the visitor's `prefers-color-scheme`. */
    theme?: Theme;
    /** A small button in a corner that reopens the settings, for sites without a footer link. */
    floatingButton?: false | FloatingCorner | string;
    /** Replacement texts per language, and whole tables for added languages (falling back to English). */
    texts?: Record<string, Record<string, unknown>>;
}
export interface ResolvedCategory {
    id: CategoryId;
    /** Always granted and cannot be switched off (only `service`). */
    required: boolean;
    /** Site-supplied text; built-in categories fall back to the language tables. */
    title?: LocalizedText;
    description?: LocalizedText;
    cookies: string[];
    storage: string[];
    sellOrShare: boolean;
    whenOff?: LocalizedText;
}
export interface ResolvedVendor {
    id: string;
    name: LocalizedText;
    category: CategoryId;
    data?: LocalizedText;
    purpose?: LocalizedText;
    policyUrl?: string;
    optOutUrl?: string;
    cookies: string[];
    storage: string[];
    domains: string[];
}
export interface ResolvedConfig {
    lang: string;
    policyUrl?: string;
    revision: string;
    cookieName: string;
    cookieDomain?: string;
    cookieLifetimeDays: number;
    refusalLifetimeDays: number;
    categories: ResolvedCategory[];
    vendors: ResolvedVendor[];
    uiUrl?: string;
    /** Category id → consent types, or null when Consent Mode is off. */
    googleConsentMode: Record<CategoryId, GoogleConsentType[]> | null;
    autoBlock: boolean;
    reloadOnWithdraw: boolean;
    revisionMinor: boolean;
    textVersion?: string;
    disclosureUrl?: string;
    optOutParam: string;
    optOutTokenParam: string;
    unsubscribeEndpoint?: string;
    recordEndpoint?: string;
    /** Catalogue ids (with optional overrides) that wait for the vendor catalogue to load. */
    catalogueVendors: (string | Partial<VendorInput>)[];
    /** Where each of `catalogueVendors` stands in the site's `vendors`, so messages name the site's index. */
    catalogueVendorPositions?: number[];
    layout: Layout;
    theme: Theme;
    floatingButton: false | FloatingCorner;
    texts: Record<string, Record<string, unknown>>;
}
