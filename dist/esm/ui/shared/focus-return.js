/** The focused element, looked up through open shadow roots. */
function deepActiveElement() {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement)
        active = active.shadowRoot.activeElement;
    return active;
}
/**
 * A reactive controller that gives focus back to what opened a dialog once it closes (`isOpen` turns
 * false after an update): the opener noted by `remember()`, or, when the host has rendered the opener
 * anew meanwhile, what `fallback` names. (A factory rather than a class: closures minify, fields do not.)
 */
function focusReturn(host, isOpen, fallback) {
    let opener = null;
    let wasOpen = false;
    const controller = {
        remember: () => void (opener = deepActiveElement()),
        // (After the host left the page, focus() on what it rendered does nothing.)
        hostUpdated() {
            const open = isOpen();
            if (wasOpen && !open) {
                const target = opener;
                opener = null;
                (target?.isConnected ? target : fallback())?.focus();
            }
            wasOpen = open;
        },
    };
    host.addController(controller);
    return controller;
}

export { deepActiveElement, focusReturn };
