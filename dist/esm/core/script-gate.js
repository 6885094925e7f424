const GATED_SCRIPTS = 'script[type="text/plain"]:is([data-consent],[data-consent-refused])';
/** Set on a gated element once it is handled, so nothing runs twice. */
const STATE_ATTRIBUTE = 'data-consent-state';
function categoriesOf(element, attribute = 'data-consent') {
    return (element.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean);
}
/**
 * `data-consent="a b"` needs every category granted; `data-consent-refused="a"`
 * needs the visitor to have decided and every named category refused (a
 * cookieless fallback, say). An element may carry both.
 */
function isAllowed(element, manager) {
    const refused = categoriesOf(element, 'data-consent-refused');
    if (refused.length && (!manager.isDecided() || refused.some((id) => manager.isGranted(id))))
        return false;
    return categoriesOf(element).every((id) => manager.isGranted(id));
}
const trustedTypesFactory = () => globalThis.trustedTypes;
/**
 * Under `require-trusted-types-for 'script'`, script text and URLs must pass
 * through a Trusted Types policy. The gated scripts are the site's own
 * markup, so the policy passes them unchanged; a site that lists allowed
 * policies adds `consent-banner` to its `trusted-types` directive.
 */
function trustedScriptPolicy(report) {
    const factory = trustedTypesFactory();
    if (!factory)
        return null;
    try {
        return factory.createPolicy('consent-banner', { createScript: (text) => text, createScriptURL: (url) => url });
    }
    catch {
        report('trusted-types');
        return null;
    }
}
/**
 * A parsed `<script type="text/plain">` never runs; a fresh element with the real type does.
 * Returns the load of an external script that later ones must wait for, or undefined.
 */
function activate(original, policy) {
    const script = original.ownerDocument.createElement('script');
    for (const { name, value } of Array.from(original.attributes)) {
        if (name !== 'type' && name !== 'src' && name !== STATE_ATTRIBUTE)
            script.setAttribute(name, value);
    }
    const type = original.getAttribute('data-type');
    if (type)
        script.type = type;
    // The nonce attribute reads back empty once parsed; only the property keeps it.
    if (original.nonce)
        script.nonce = original.nonce;
    const src = original.getAttribute('src');
    if (src)
        script.src = policy ? policy.createScriptURL(src) : src;
    else
        script.text = policy ? policy.createScript(original.text) : original.text;
    // Inserted scripts are async by default; keep document order unless the page asked for async.
    const waitForLoad = Boolean(script.src) && !original.hasAttribute('async');
    script.async = !waitForLoad;
    const done = waitForLoad
        ? new Promise((resolve) => {
            script.addEventListener('load', () => resolve(), { once: true });
            script.addEventListener('error', () => resolve(), { once: true });
        })
        : undefined;
    original.after(script);
    return done;
}
/**
 * Calls `scan` for the document now, for every change of consent, and for
 * elements the parser or a script adds later.
 */
function watchDocument(doc, manager, scan) {
    const observer = new MutationObserver((records) => {
        // Only added elements can be gated; text updates (frequent in app frameworks) need no scan.
        if (records.some((r) => Array.from(r.addedNodes).some((node) => node.nodeType === Node.ELEMENT_NODE)))
            scan();
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true });
    const unsubscribe = manager.onChange(scan);
    doc.addEventListener('DOMContentLoaded', scan);
    scan();
    return () => {
        observer.disconnect();
        unsubscribe();
        doc.removeEventListener('DOMContentLoaded', scan);
    };
}
/**
 * Runs `<script type="text/plain" data-consent="analytics">` once every
 * category it names is granted, in document order, each at most once:
 * on this page view's decision, on a restored one, and for scripts added later.
 */
function createScriptGate(manager, doc, report) {
    /** The load of the external scripts activated so far, while one is still loading. */
    let loading;
    let policy;
    /**
     * In document order: after the external scripts before it have loaded, else at once. (At once, not in
     * a microtask: on the visitor's click the script then runs before the banner's re-render, not after it.)
     */
    function runInOrder(script, trusted) {
        const run = () => {
            try {
                return activate(script, trusted);
            }
            catch (error) {
                // The browser refused this one; the scripts after it must still run, so the failure stays here
                // instead of ending the scan or the chain of loads. Without a policy (Trusted Types refused ours),
                // "trusted-types" has already said that no gated script can start: one message, not one per script.
                script.setAttribute(STATE_ATTRIBUTE, 'failed');
                if (trusted || !trustedTypesFactory()) {
                    report('gated-script', `${script.getAttribute('src') ?? 'an inline script'}: ${error instanceof Error ? error.message : String(error)}`);
                }
                return undefined;
            }
        };
        const done = loading ? loading.then(run) : run();
        if (!done)
            return;
        loading = done;
        void done.then(() => {
            if (loading === done)
                loading = undefined;
        });
    }
    function scan() {
        for (const script of Array.from(doc.querySelectorAll(GATED_SCRIPTS))) {
            if (script.hasAttribute(STATE_ATTRIBUTE))
                continue;
            // While the parser is still inside a script, its text may be incomplete; DOMContentLoaded rescans.
            if (doc.readyState === 'loading' && !script.nextSibling)
                continue;
            if (!isAllowed(script, manager))
                continue;
            script.setAttribute(STATE_ATTRIBUTE, 'run');
            if (policy === undefined)
                policy = trustedScriptPolicy(report);
            const trusted = policy;
            runInOrder(script, trusted);
        }
    }
    return { scan, disconnect: watchDocument(doc, manager, scan) };
}

export { STATE_ATTRIBUTE, categoriesOf, createScriptGate, isAllowed, watchDocument };
