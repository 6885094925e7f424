import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ResolvedConfig } from '../../core/config.js';
import { type Language, type Strings } from '../../i18n/index.js';
/**
 * Follows `<html lang>`, so a page that switches language in place gets the
 * widget in the new language too. An element's own `lang` attribute wins.
 */
export declare class PageLanguageController implements ReactiveController {
    private readonly host;
    private readonly config;
    private observer?;
    constructor(host: ReactiveControllerHost & HTMLElement, config: () => ResolvedConfig | undefined);
    get language(): Language;
    /** The strings for the current language, with the site's `texts` applied. */
    get strings(): Strings;
    hostConnected(): void;
    hostDisconnected(): void;
}
