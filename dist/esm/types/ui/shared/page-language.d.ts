import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ResolvedConfig } from '../../core/config-types.js';
import { type Language } from '../../core/language.js';
import type { FirstLayerStrings, Strings } from '../../i18n/types.js';
/**
 * Follows `<html lang>`, so a page that switches language in place gets the
 * widget in the new language too. An element's own `lang` attribute wins.
 * Loads the language's table the first time it is needed: the host renders
 * nothing before its first table, keeps the language it shows while the
 * page's new one loads, and renders again once it is here.
 */
export declare class PageLanguageController implements ReactiveController {
    private readonly host;
    private readonly config;
    private observer?;
    /** The tables being loaded, by language and part (the first layer's and the whole one may load at once). */
    private readonly pending;
    /** The language last rendered, per part: shown on while the page's new language loads, so nothing blinks or closes. */
    private readonly shown;
    constructor(host: ReactiveControllerHost & HTMLElement, config: () => ResolvedConfig | undefined);
    /** The language the page asks for. */
    private get wanted();
    /**
     * The language to render in and all its strings, with the site's `texts` applied: the page's language once its
     * table is here, else the one shown last (the page's table is asked for); undefined before any table.
     */
    get current(): {
        language: Language;
        strings: Strings;
    } | undefined;
    /** The same for the first layer's strings only (the banner and the floating button), which load first. */
    get firstLayer(): {
        language: Language;
        strings: FirstLayerStrings;
    } | undefined;
    private read;
    private load;
    /**
     * For the host's `getUpdateComplete()`: settles after the host's update and, when that update had
     * to wait for a table, after the update that renders with it.
     */
    afterLoading(updateComplete: () => Promise<boolean>): Promise<boolean>;
    hostConnected(): void;
    hostDisconnected(): void;
}
