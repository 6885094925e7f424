import { resolveLanguage } from '../../core/language.js';

/**
 * Follows `<html lang>`, so a page that switches language in place gets the
 * widget in the new language too. An element's own `lang` attribute wins.
 */
class PageLanguageController {
    constructor(host, configLang) {
        this.host = host;
        this.configLang = configLang;
        host.addController(this);
    }
    get language() {
        return resolveLanguage(this.host.getAttribute('lang') || document.documentElement.lang, this.configLang());
    }
    hostConnected() {
        this.observer = new MutationObserver(() => this.host.requestUpdate());
        this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    }
    hostDisconnected() {
        this.observer?.disconnect();
    }
}

export { PageLanguageController };
