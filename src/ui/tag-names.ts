// Tag names on their own, so code that places an element need not load the element's class.
export const CONSENT_BANNER_TAG = 'consent-banner';
export const CONSENT_PLACEHOLDER_TAG = 'consent-placeholder';
export const CONSENT_DISCLOSURE_TAG = 'consent-disclosure';
