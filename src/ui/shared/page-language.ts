import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLanguage, type Language } from '../../i18n/index.js';

/**
 * Follows `<html lang>`, so a page that switches language in place gets the
 * widget in the new language too. An element's own `lang` attribute wins.
 */
export class PageLanguageController implements ReactiveController {
  private observer?: MutationObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly configLang: () => string | undefined,
  ) {
    host.addController(this);
  }

  get language(): Language {
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
