import { consoleLogger } from '../../core/log.js';
import { getStrings } from '../../i18n/index.js';
import { resolveLanguage } from '../../core/language.js';

/**
 * Follows `<html lang>`, so a page that switches language in place gets the
 * widget in the new language too. An element's own `lang` attribute wins.
 */
class PageLanguageController {
    constructor(host, config) {
        this.host = host;
        this.config = config;
        host.addController(this);
    }
    get language() {
        const config = this.config();
        return resolveLanguage(this.host.getAttribute('lang') || document.documentElement.lang, config?.lang, Object.keys(config?.texts ?? {}));
    }
    /** The strings for the current language, with the site's `texts` applied. */
    get strings() {
        return getStrings(this.language, this.config()?.texts, consoleLogger);
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
