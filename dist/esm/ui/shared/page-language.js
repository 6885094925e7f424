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
        /** The tables being loaded, by language and part (the first layer's and the whole one may load at once). */
        this.pending = new Map();
        /** The language last rendered, per part: shown on while the page's new language loads, so nothing blinks or closes. */
        this.shown = {};
        host.addController(this);
    }
    /** The language the page asks for. */
    get wanted() {
        const config = this.config();
        return resolveLanguage(this.host.getAttribute('lang') || document.documentElement.lang, config?.lang, Object.keys(config?.texts ?? {}));
    }
    /**
     * The language to render in and all its strings, with the site's `texts` applied: the page's language once its
     * table is here, else the one shown last (the page's table is asked for); undefined before any table.
     */
    get current() {
        return this.read('all');
    }
    /** The same for the first layer's strings only (the banner and the floating button), which load first. */
    get firstLayer() {
        return this.read('first');
    }
    read(part) {
        const texts = this.config()?.texts;
        const wanted = this.wanted;
        const strings = loadedStrings(wanted, texts, consoleLogger, part);
        if (strings)
            this.shown[part] = wanted;
        else
            this.load(wanted, part);
        const language = this.shown[part];
        return language === undefined ? undefined : { language, strings: strings ?? loadedStrings(language, texts, consoleLogger, part) };
    }
    load(lang, part) {
        const key = `${lang} ${part}`;
        if (this.pending.has(key))
            return;
        this.pending.set(key, loadStrings(lang, part)
            .then(() => this.host.requestUpdate(), (error) => consoleLogger.error(`Could not load the widget's ${lang === 'ja' ? 'Japanese' : 'English'} texts (${error.message}); it stays in the language it shows, or shows nothing, until they load.`))
            .finally(() => this.pending.delete(key)));
    }
    /**
     * For the host's `getUpdateComplete()`: settles after the host's update and, when that update had
     * to wait for a table, after the update that renders with it.
     */
    async afterLoading(updateComplete) {
        let complete = await updateComplete();
        while (this.pending.size) {
            await Promise.all(this.pending.values());
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
