import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ResolvedConfig } from '../../core/config.js';
import { type Language } from '../../core/language.js';
import type { Strings } from '../../i18n/types.js';
/**
 * Follows `<html lang>`, so a page that switches language in place gets the
 * widget in the new language too. An element's own `lang` attribute wins.
 * Loads the language's table the first time it is needed; the host renders
 * nothing until then and again once it is here.
 */
export declare class PageLanguageController implements ReactiveController {
    private readonly host;
    private readonly config;
    private observer?;
    /** The table being loaded, if any. */
    private pending?;
    constructor(host: ReactiveControllerHost & HTMLElement, config: () => ResolvedConfig | undefined);
    get language(): Language;
    /** The strings for the current language, with the site's `texts` applied; undefined while they load. */
    get strings(): Strings | undefined;
    private load;
    /**
     * For the host's `getUpdateComplete()`: settles after the host's update and, when that update had
     * to wait for a table, after the update that renders with it.
     */
    afterLoading(updateComplete: () => Promise<boolean>): Promise<boolean>;
    hostConnected(): void;
    hostDisconnected(): void;
}
