import { consoleLogger } from '../../core/log.js';
import { resolveLanguage } from '../../core/language.js';
import { loadedStrings, loadStrings } from '../../i18n/load.js';

/**
 * Follows `<html lang>`, so a page that switches language in place gets the
 * widget in the new language too. An element's own `lang` attribute wins.
 * Loads the language's table the first time it is needed; the host renders
 * nothing until then and again once it is here.
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
    /** The strings for the current language, with the site's `texts` applied; undefined while they load. */
    get strings() {
        const lang = this.language;
        const strings = loadedStrings(lang, this.config()?.texts, consoleLogger);
        if (!strings)
            this.load(lang);
        return strings;
    }
    load(lang) {
        this.pending ??= loadStrings(lang)
            .then(() => this.host.requestUpdate(), (error) => consoleLogger.error(`Could not load the widget's ${lang === 'ja' ? 'Japanese' : 'English'} texts (${error.message}); it shows nothing until they load.`))
            .finally(() => (this.pending = undefined));
    }
    /**
     * For the host's `getUpdateComplete()`: settles after the host's update and, when that update had
     * to wait for a table, after the update that renders with it.
     */
    async afterLoading(updateComplete) {
        let complete = await updateComplete();
        while (this.pending) {
            await this.pending;
            complete = await updateComplete();
        }
        return complete;
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
