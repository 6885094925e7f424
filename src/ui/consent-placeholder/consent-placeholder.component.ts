import { html, LitElement, nothing } from 'lit';
import type { ConsentManager } from '../../core/consent-manager.js';
import { categoriesOf } from '../../core/script-gate.js';
import { purposesText } from '../shared/category-text.js';
import { PageLanguageController } from '../shared/page-language.js';
import { consentPlaceholderStyles } from './consent-placeholder.styles.js';

/**
 * Stands in for an embed (`<iframe data-consent="marketing" data-src="…">`)
 * until its categories are granted: says what it is and what it needs, and
 * offers to allow it. Placed and removed by `mountPlaceholders`.
 *
 * @tagname consent-placeholder
 * @csspart placeholder - The box that takes the embed's place.
 * @cssprop --consent-placeholder-bg - Background of the box.
 */
export class ConsentPlaceholderElement extends LitElement {
  static override styles = consentPlaceholderStyles;

  static override properties = {
    manager: { attribute: false },
    target: { attribute: false },
  };

  manager?: ConsentManager;
  /** The embed this placeholder stands in for. */
  target?: HTMLElement;

  private readonly pageLanguage = new PageLanguageController(this, () => this.manager?.config);

  private get neededCategories() {
    const ids = this.target ? [...categoriesOf(this.target), ...categoriesOf(this.target, 'data-consent-refused')] : [];
    return this.manager?.config.categories.filter((c) => ids.includes(c.id) && !c.required) ?? [];
  }

  private allow() {
    const categories = this.neededCategories;
    this.manager?.set(Object.fromEntries(categories.map((c) => [c.id, true])), 'placeholder');
  }

  /** Also waits for the page language's texts when they had to be loaded first. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.pageLanguage.afterLoading(() => super.getUpdateComplete());
  }

  protected override render() {
    const current = this.manager && this.target && this.pageLanguage.current;
    if (!this.manager || !this.target || !current) return nothing;
    const { language: lang, strings } = current;
    const title = this.target.dataset.consentTitle || this.target.title || strings.placeholderDefaultTitle;
    const needed = this.neededCategories;
    return html`
      <div part="placeholder" class="placeholder" role="group" aria-labelledby="title" lang=${lang}>
        <p class="title" id="title">${title}</p>
        <p>${strings.placeholderText(purposesText(needed, strings, lang, true))}</p>
        ${this.target.hasAttribute('data-consent')
          ? html`<button type="button" @click=${this.allow}>${strings.placeholderAllow}</button>`
          : nothing}
        <a href="#" @click=${(event: Event) => (event.preventDefault(), this.manager?.showPreferences())}>${strings.placeholderSettings}</a>
      </div>
    `;
  }
}
