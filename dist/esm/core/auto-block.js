import { STATE_ATTRIBUTE } from './script-gate.js';

/**
 * `autoBlock`: holds back scripts and iframes whose address is on a
 * configured vendor's `domains` until that vendor's category is granted, for
 * sites that cannot add `data-consent` to their tags. It turns them into the
 * gated form (`type="text/plain"` / `data-src`), so the gates run them later.
 *
 * What it catches: scripts and iframes in the HTML (seen by a
 * MutationObserver before they run) and scripts a tag manager creates with
 * `document.createElement('script')`. What it cannot: requests a script
 * already running makes itself (fetch, images, beacons), the browser's
 * preload scanner fetching a blocked file early (it is fetched but not run),
 * and tags added by `document.write`. Tag your scripts where you can.
 *
 * `vendors` is asked on every check, so vendors that become known later (the
 * catalogue) count from then on.
 */
function installAutoBlock(manager, vendors, doc = document) {
    const categoryFor = (url) => {
        let host;
        try {
            host = new URL(url, doc.baseURI).hostname;
        }
        catch {
            return undefined;
        }
        return vendors().find((vendor) => vendor.domains.some((domain) => host === domain || host.endsWith(`.${domain}`)))?.category;
    };
    const hold = (element) => {
        if (element.hasAttribute('data-consent') || element.hasAttribute(STATE_ATTRIBUTE))
            return;
        const src = element.getAttribute('src');
        const category = src && categoryFor(src);
        if (!category || manager.isGranted(category))
            return;
        element.setAttribute('data-consent', category);
        if (element instanceof HTMLScriptElement) {
            element.type = 'text/plain';
        }
        else {
            element.setAttribute('data-src', src);
            element.removeAttribute('src');
        }
    };
    const holdTree = (node) => {
        if (node instanceof HTMLScriptElement || node instanceof HTMLIFrameElement)
            hold(node);
        else if (node instanceof Element)
            node.querySelectorAll('script[src], iframe[src]').forEach(hold);
    };
    const observer = new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach(holdTree)));
    observer.observe(doc.documentElement, { childList: true, subtree: true });
    // A created script runs as soon as it is inserted, before any observer hears of it:
    // catch its address as it is set instead.
    const createElement = doc.createElement;
    const srcProperty = Object.getOwnPropertyDescriptor(HTMLScriptElement.prototype, 'src');
    doc.createElement = function (tagName, options) {
        const element = createElement.call(this, tagName, options);
        if (element instanceof HTMLScriptElement) {
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

export { installAutoBlock };
