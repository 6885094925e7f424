import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ResolvedConfig } from '../../core/config-types.js';
import { consoleLogger } from '../../core/log.js';
import { resolveLanguage, type Language } from '../../core/language.js';
import { loadedStrings, loadStrings, type TextPart } from '../../i18n/load.js';
import type { FirstLayerStrings, Strings } from '../../i18n/types.js';

/**
 * Follows `<html lang>`, so a page that switches language in place gets the
 * widget in the new language too. An element's own `lang` attribute wins.
 * Loads the language's table the first time it is needed: the host renders
 * nothing before its first table, keeps the language it shows while the
 * page's new one loads, and renders again once it is here.
 */
export class PageLanguageController implements ReactiveController {
  private observer?: MutationObserver;
  /** The tables being loaded, by language and part (the first layer's and the whole one may load at once). */
  private readonly pending = new Map<string, Promise<void>>();
  /** The language last rendered, per part: shown on while the page's new language loads, so nothing blinks or closes. */
  private readonly shown: Partial<Record<TextPart, Language>> = {};

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
   * The language to render in and all its strings, with the site's `texts` applied: the page's language once its
   * table is here, else the one shown last (the page's table is asked for); undefined before any table.
   */
  get current(): { language: Language; strings: Strings } | undefined {
    return this.read('all');
  }

  /** The same for the first layer's strings only (the banner and the floating button), which load first. */
  get firstLayer(): { language: Language; strings: FirstLayerStrings } | undefined {
    return this.read('first');
  }

  private read<P extends TextPart>(part: P) {
    const texts = this.config()?.texts;
    const wanted = this.wanted;
    const strings = loadedStrings(wanted, texts, consoleLogger, part);
    if (strings) this.shown[part] = wanted;
    else this.load(wanted, part);
    const language = this.shown[part];
    return language === undefined ? undefined : { language, strings: strings ?? loadedStrings(language, texts, consoleLogger, part)! };
  }

  private load(lang: Language, part: TextPart) {
    const key = `${lang} ${part}`;
    if (this.pending.has(key)) return;
    this.pending.set(
      key,
      loadStrings(lang, part)
        .then(
          () => this.host.requestUpdate(),
          (error: Error) =>
            consoleLogger.error(
              `Could not load the widget's ${lang === 'ja' ? 'Japanese' : 'English'} texts (${error.message}); it stays in the language it shows, or shows nothing, until they load.`,
            ),
        )
        .finally(() => this.pending.delete(key)),
    );
  }

  /**
   * For the host's `getUpdateComplete()`: settles after the host's update and, when that update had
   * to wait for a table, after the update that renders with it.
   */
  async afterLoading(updateComplete: () => Promise<boolean>): Promise<boolean> {
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
