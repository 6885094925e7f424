import { defineConsentBanner, CONSENT_BANNER_TAG } from './consent-banner/consent-banner.js';

/**
 * Puts one `<consent-banner>` for `manager` at the end of the body, or
 * returns the one already there. Waits for the body if the script ran in `<head>`.
 */
async function mountConsentBanner(manager, doc = document) {
    defineConsentBanner();
    if (!doc.body)
        await new Promise((resolve) => doc.addEventListener('DOMContentLoaded', resolve, { once: true }));
    const existing = Array.from(doc.querySelectorAll(CONSENT_BANNER_TAG)).find((el) => el.manager === manager);
    if (existing)
        return existing;
    const element = doc.createElement(CONSENT_BANNER_TAG);
    element.manager = manager;
    doc.body.append(element);
    return element;
}

export { mountConsentBanner };
