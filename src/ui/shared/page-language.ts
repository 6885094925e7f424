import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ResolvedConfig } from '../../core/config.js';
import { consoleLogger } from '../../core/log.js';
import { getStrings, resolveLanguage, type Language, type Strings } from '../../i18n/index.js';

/**
 * Follows `<html lang>`, so a page that switches language in place gets the
 * widget in the new language too. An element's own `lang` attribute wins.
 */
export class PageLanguageController implements ReactiveController {
  private observer?: MutationObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly config: () => ResolvedConfig | undefined,
  ) {
    host.addController(this);
  }

  get language(): Language {
    const config = this.config();
    return resolveLanguage(
      this.host.getAttribute('lang') || document.documentElement.lang,
      config?.lang,
      Object.keys(config?.texts ?? {}),
    );
  }

  /** The strings for the current language, with the site's `texts` applied. */
  get strings(): Strings {
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
