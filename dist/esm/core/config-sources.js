const CONFIG_BLOCK_ID = 'consent-banner-config';
/** `data-policy-url` → `policyUrl`; the browser's `dataset` already does this. */
function fromDataAttributes(script) {
    return script ? { ...script.dataset } : {};
}
function fromJsonBlock(doc, log) {
    const block = doc.getElementById(CONFIG_BLOCK_ID);
    if (!block)
        return {};
    try {
        const parsed = JSON.parse(block.textContent ?? '');
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
            return parsed;
        log.error(`<script id="${CONFIG_BLOCK_ID}"> must hold a JSON object; it is ignored.`);
    }
    catch (error) {
        log.error(`<script id="${CONFIG_BLOCK_ID}"> is not valid JSON (${error.message}); it is ignored.`);
    }
    return {};
}
/**
 * Collects the raw config in order of precedence: `data-*` attributes on the
 * script tag, then the JSON block, then `window.consentBannerConfig`. A key
 * given in a stronger source replaces the whole value from a weaker one.
 */
function readConfigSources({ script, document, window, log }) {
    const global = window.consentBannerConfig;
    if (global !== undefined && (typeof global !== 'object' || global === null)) {
        log.error('window.consentBannerConfig must be an object; it is ignored.');
    }
    return {
        ...(global && typeof global === 'object' ? global : {}),
        ...fromJsonBlock(document, log),
        ...fromDataAttributes(script),
    };
}

export { CONFIG_BLOCK_ID, readConfigSources };
