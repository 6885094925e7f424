const CONFIG_BLOCK_ID = 'consent-banner-config';
/** `data-policy-url` → `policyUrl`; the browser's `dataset` already does this. */
function fromDataAttributes(script) {
    return script ? { ...script.dataset } : {};
}
function fromJsonBlock(doc, report) {
    const block = doc.getElementById(CONFIG_BLOCK_ID);
    if (!block)
        return {};
    try {
        const parsed = JSON.parse(block.textContent ?? '');
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
            return parsed;
        report('config-block-shape');
    }
    catch (error) {
        report('config-block-json', error.message);
    }
    return {};
}
/**
 * Collects the raw config in order of precedence: `data-*` attributes on the
 * script tag, then the JSON block, then `window.consentBannerConfig`. A key
 * given in a stronger source replaces the whole value from a weaker one.
 */
function readConfigSources({ script, document, window, report }) {
    const global = window.consentBannerConfig;
    if (global !== undefined && (typeof global !== 'object' || global === null))
        report('config-global-shape');
    return {
        ...(global && typeof global === 'object' ? global : {}),
        ...fromJsonBlock(document, report),
        ...fromDataAttributes(script),
    };
}

export { CONFIG_BLOCK_ID, readConfigSources };
