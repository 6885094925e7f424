export declare const CONSENT_BANNER_TAG = "consent-banner";
export declare const CONSENT_PLACEHOLDER_TAG = "consent-placeholder";
export declare const CONSENT_DISCLOSURE_TAG = "consent-disclosure";
