// Tag names on their own, so code that places an element need not load the element's class.
const CONSENT_BANNER_TAG = 'consent-banner';
const CONSENT_PLACEHOLDER_TAG = 'consent-placeholder';
const CONSENT_DISCLOSURE_TAG = 'consent-disclosure';

export { CONSENT_BANNER_TAG, CONSENT_DISCLOSURE_TAG, CONSENT_PLACEHOLDER_TAG };
