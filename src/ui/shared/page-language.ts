import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ResolvedConfig } from '../../core/config-types.js';
import { consoleLogger } from '../../core/log.js';
import { resolveLanguage, type Language } from '../../core/language.js';
import { loadedStrings, loadStrings } from '../../i18n/load.js';
import type { Strings } from '../../i18n/types.js';

/**
 * Follows `<html lang>`, so a page that switches language in place gets the
 * widget in the new language too. An element's own `lang` attribute wins.
 * Loads the language's table the first time it is needed: the host renders
 * nothing before its first table, keeps the language it shows while the
 * page's new one loads, and renders again once it is here.
 */
export class PageLanguageController implements ReactiveController {
  private observer?: MutationObserver;
  /** The table being loaded, if any. */
  private pending?: Promise<void>;
  /** The language last rendered: shown on while the page's new language loads, so nothing blinks or closes. */
  private shown?: Language;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly config: () => ResolvedConfig | undefined,
  ) {
    host.addController(this);
  }

  /** The language the page asks for. */
  private get wanted(): Language {
    const config = this.config();
    return resolveLanguage(
      this.host.getAttribute('lang') || document.documentElement.lang,
      config?.lang,
      Object.keys(config?.texts ?? {}),
    );
  }

  /**
   * The language to render in and its strings, with the site's `texts` applied: the page's language once its
   * table is here, else the one shown last (the page's table is asked for); undefined before any table.
   */
  get current(): { language: Language; strings: Strings } | undefined {
    const texts = this.config()?.texts;
    const wanted = this.wanted;
    const strings = loadedStrings(wanted, texts, consoleLogger);
    if (strings) this.shown = wanted;
    else this.load(wanted);
    const language = this.shown;
    return language === undefined ? undefined : { language, strings: strings ?? loadedStrings(language, texts, consoleLogger)! };
  }

  private load(lang: Language) {
    this.pending ??= loadStrings(lang)
      .then(
        () => this.host.requestUpdate(),
        (error: Error) =>
          consoleLogger.error(
            `Could not load the widget's ${lang === 'ja' ? 'Japanese' : 'English'} texts (${error.message}); it stays in the language it shows, or shows nothing, until they load.`,
          ),
      )
      .finally(() => (this.pending = undefined));
  }

  /**
   * For the host's `getUpdateComplete()`: settles after the host's update and, when that update had
   * to wait for a table, after the update that renders with it.
   */
  async afterLoading(updateComplete: () => Promise<boolean>): Promise<boolean> {
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
