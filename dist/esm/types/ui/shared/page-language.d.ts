import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Language } from '../../i18n/index.js';
/**
 * Follows `<html lang>`, so a page that switches language in place gets the
 * widget in the new language too. An element's own `lang` attribute wins.
 */
export declare class PageLanguageController implements ReactiveController {
    private readonly host;
    private readonly configLang;
    private observer?;
    constructor(host: ReactiveControllerHost & HTMLElement, configLang: () => string | undefined);
    get language(): Language;
    hostConnected(): void;
    hostDisconnected(): void;
}
