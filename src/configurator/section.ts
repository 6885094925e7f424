// What every part of the configurator page shares: the store, the page's language, light DOM (the page's
// stylesheet reaches in; labels and fields are plain document nodes) and a re-render on every change.
import { LitElement } from 'lit';
import { categoryIds, categoryTitle, FormParts } from './fields.js';
import { STRINGS, type Strings } from './i18n.js';
import type { Settings, SiteLanguage } from './state.js';
import type { ConfiguratorStore } from './store.js';

export class ConfiguratorSection extends LitElement {
  static override properties = { store: { attribute: false }, uiLang: { attribute: false } };

  store!: ConfiguratorStore;
  uiLang: SiteLanguage = 'ja';
  private unsubscribe: (() => void) | undefined;

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe = this.store?.subscribe(() => this.storeChanged());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
  }

  /** Called after every change of the settings. */
  protected storeChanged(): void {
    this.requestUpdate();
  }

  protected get s(): Strings {
    return STRINGS[this.uiLang];
  }

  protected get parts(): FormParts {
    return new FormParts(this.s, this.uiLang, this.store.built.problems);
  }

  protected update_(change: (draft: Settings) => void): void {
    this.store.update(change);
  }

  protected categoryTitle(id: string): string {
    return categoryTitle(this.store.settings, id, this.s, this.uiLang);
  }

  protected categoryIds(): string[] {
    return categoryIds(this.store.settings);
  }
}
