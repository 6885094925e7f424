import { defineConsentBanner } from './consent-banner/consent-banner.js';
import { CONSENT_BANNER_TAG, CONSENT_DISCLOSURE_TAG } from './tag-names.js';

/**
 * Puts one `<consent-banner>` for `manager` at the end of the body, or
 * returns the one already there. Waits for the body if the script ran in `<head>`.
 */
async function mountConsentBanner(manager, doc = document) {
    defineConsentBanner();
    if (!doc.body)
        await new Promise((resolve) => doc.addEventListener('DOMContentLoaded', resolve, { once: true }));
    const elements = Array.from(doc.querySelectorAll(CONSENT_BANNER_TAG));
    // The first layer's banner (mountFirstLayer) becomes this manager's once it is handed over.
    const firstLayer = elements.find((el) => el.manager && 'handedOver' in el.manager);
    if (firstLayer)
        await firstLayer.manager.handedOver;
    const existing = elements.find((el) => el.manager === manager);
    if (existing)
        return existing;
    const element = doc.createElement(CONSENT_BANNER_TAG);
    element.manager = manager;
    // First in the tab order (after a skip link, if the page starts with one), though it shows at the edge:
    // keyboard users reach the choice at once, and the banner takes no focus from the page.
    const first = doc.body.firstElementChild;
    if (first?.matches('a[href^="#"]'))
        first.after(element);
    else
        doc.body.prepend(element);
    return element;
}
/**
 * Gives every `<consent-disclosure>` on the page (a 外部送信ポリシー page) the manager to render.
 * The element comes in a chunk of its own, fetched only by pages that have one.
 */
async function mountDisclosures(manager, doc = document) {
    const elements = Array.from(doc.querySelectorAll(CONSENT_DISCLOSURE_TAG));
    if (!elements.length)
        return;
    (await import('./consent-disclosure/consent-disclosure.js')).defineConsentDisclosure(doc.defaultView?.customElements);
    for (const element of elements) {
        element.manager ??= manager;
        if (!element.hasAttribute('theme'))
            element.setAttribute('theme', manager.config.theme);
    }
}

export { mountConsentBanner, mountDisclosures };
