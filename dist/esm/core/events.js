/** The only place event names are spelled. */
const CONSENT_READY = 'consent-ready';
const CONSENT_CHANGE = 'consent-change';
/** Bubbling and composed, so one listener on `document` hears it from inside any shadow root. */
function dispatchConsentEvent(target, type, detail) {
    target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

export { CONSENT_CHANGE, CONSENT_READY, dispatchConsentEvent };
