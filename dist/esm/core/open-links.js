const OPEN_ATTRIBUTE = 'data-consent-open';
/**
 * Any element with `data-consent-open` (a footer "Cookie設定" link, say)
 * opens the preferences. One delegated listener covers elements added later.
 * Returns a function that removes it.
 */
function installOpenLinks(doc, manager) {
    const onClick = (event) => {
        const opener = event.target?.closest?.(`[${OPEN_ATTRIBUTE}]`);
        if (!opener)
            return;
        event.preventDefault();
        manager.showPreferences();
    };
    doc.addEventListener('click', onClick);
    return () => doc.removeEventListener('click', onClick);
}

export { OPEN_ATTRIBUTE, installOpenLinks };
