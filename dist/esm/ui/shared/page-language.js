import { consoleLogger } from '../../core/log.js';
import { resolveLanguage } from '../../core/language.js';
import { loadedStrings, loadStrings } from '../../i18n/load.js';

/**
 * Follows `<html lang>`, so a page that switches language in place gets the
 * widget in the new language too. An element's own `lang` attribute wins.
 * Loads the language's table the first time it is needed: the host renders
 * nothing before its first table, keeps the language it shows while the
 * page's new one loads, and renders again once it is here.
 */
class PageLanguageController {
    constructor(host, config) {
        this.host = host;
        this.config = config;
        host.addController(this);
    }
    /** The language the page asks for. */
    get wanted() {
        const config = this.config();
        return resolveLanguage(this.host.getAttribute('lang') || document.documentElement.lang, config?.lang, Object.keys(config?.texts ?? {}));
    }
    /**
     * The language to render in and its strings, with the site's `texts` applied: the page's language once its
     * table is here, else the one shown last (the page's table is asked for); undefined before any table.
     */
    get current() {
        const texts = this.config()?.texts;
        const wanted = this.wanted;
        const strings = loadedStrings(wanted, texts, consoleLogger);
        if (strings)
            this.shown = wanted;
        else
            this.load(wanted);
        const language = this.shown;
        return language === undefined ? undefined : { language, strings: strings ?? loadedStrings(language, texts, consoleLogger) };
    }
    load(lang) {
        this.pending ??= loadStrings(lang)
            .then(() => this.host.requestUpdate(), (error) => consoleLogger.error(`Could not load the widget's ${lang === 'ja' ? 'Japanese' : 'English'} texts (${error.message}); it stays in the language it shows, or shows nothing, until they load.`))
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
