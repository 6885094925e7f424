import { SERVICE_CATEGORY } from './categories.js';
import { STATE_ATTRIBUTE } from './script-gate.js';
import { matchVendor, parseAddress } from './vendor-match.js';

/** Marks an element held only because the vendor list is not complete yet (see `vendorsComplete`). */
const PENDING_ATTRIBUTE = 'data-consent-pending';
/**
 * `autoBlock`: holds back scripts and iframes whose address is on a
 * configured vendor's `domains` (see vendor-match.ts) until that vendor's
 * category is granted, for sites that cannot add `data-consent` to their
 * tags. It turns them into the gated form (`type="text/plain"` /
 * `data-src`), so the gates run them later.
 *
 * What it catches: scripts in the HTML (seen by a MutationObserver before
 * they run) and scripts a tag manager creates with
 * `document.createElement('script')`, and iframes a script creates. What it
 * cannot: an `<iframe src>` written in the HTML starts loading as the parser
 * inserts it, before any observer runs (removing `src` then cancels the
 * load, sometimes after the request has left: mark such iframes with
 * `data-src`); requests a script already running makes itself (fetch,
 * images, beacons); the browser's preload scanner fetching a blocked file
 * early (it is fetched but not run); and tags added by `document.write`.
 * Tag your scripts and embeds where you can.
 *
 * `vendors` is asked on every check, so vendors that become known later (the
 * catalogue) count from then on.
 */
function installAutoBlock(manager, vendors, doc = document, { vendorsComplete } = {}) {
    let complete = !vendorsComplete;
    const categoryOf = (src) => matchVendor(src, vendors(), doc.baseURI)?.category;
    /** Held while the vendor list is incomplete. */
    const pending = new Set();
    const ownHost = doc.location?.hostname ?? '';
    const isThirdParty = (src) => {
        const host = parseAddress(src, doc.baseURI)?.hostname;
        return !!host && host !== ownHost && !host.endsWith(`.${ownHost}`);
    };
    /** Turns `element` into its gated form; without a category it is held, but no gate runs it (pending). */
    const toGated = (element, src, category) => {
        if (category)
            element.setAttribute('data-consent', category);
        if (element instanceof HTMLScriptElement) {
            element.type = 'text/plain';
        }
        else {
            element.setAttribute('data-src', src);
            element.removeAttribute('src');
        }
    };
    const hold = (element) => {
        if (element.hasAttribute('data-consent') || element.hasAttribute(STATE_ATTRIBUTE) || pending.has(element))
            return;
        const src = element.getAttribute('src');
        if (!src)
            return;
        const category = categoryOf(src);
        if (category) {
            if (!manager.isGranted(category))
                toGated(element, src, category);
        }
        else if (!complete && isThirdParty(src)) {
            pending.add(element);
            element.setAttribute(PENDING_ATTRIBUTE, '');
            toGated(element, src);
        }
    };
    /**
     * Every vendor is known: each pending element gets its vendor's category, or `service` (always on)
     * when no vendor claims it, and is put back as a fresh copy, so that the gates, which look at added
     * elements, run what is allowed (in document order: they scan the document).
     */
    const settle = () => {
        complete = true;
        for (const element of pending) {
            element.removeAttribute(PENDING_ATTRIBUTE);
            element.setAttribute('data-consent', categoryOf(element.getAttribute('src') ?? element.getAttribute('data-src')) ?? SERVICE_CATEGORY);
            if (element.isConnected)
                element.replaceWith(element.cloneNode(true));
        }
        pending.clear();
    };
    void vendorsComplete?.then(settle, () => { });
    const holdTree = (node) => {
        if (node instanceof HTMLScriptElement || node instanceof HTMLIFrameElement)
            hold(node);
        else if (node instanceof Element)
            node.querySelectorAll('script[src], iframe[src]').forEach(hold);
    };
    const observer = new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach(holdTree)));
    observer.observe(doc.documentElement, { childList: true, subtree: true });
    // A created script runs as soon as it is inserted, and a created iframe starts loading, before any
    // observer hears of it: catch the address as it is set instead.
    const createElement = doc.createElement;
    doc.createElement = function (tagName, options) {
        const element = createElement.call(this, tagName, options);
        if (element instanceof HTMLScriptElement || element instanceof HTMLIFrameElement) {
            const srcProperty = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), 'src');
            Object.defineProperty(element, 'src', {
                configurable: true,
                get: () => srcProperty.get.call(element),
                set(value) {
                    srcProperty.set.call(element, value);
                    hold(element);
                },
            });
            const setAttribute = element.setAttribute;
            element.setAttribute = function (name, value) {
                setAttribute.call(this, name, value);
                if (name.toLowerCase() === 'src')
                    hold(element);
            };
        }
        return element;
    };
    return () => {
        observer.disconnect();
        doc.createElement = createElement;
    };
}

export { PENDING_ATTRIBUTE, installAutoBlock };
