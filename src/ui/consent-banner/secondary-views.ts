// The preferences dialog and the notices of <consent-banner>. Most visitors only ever see the first
// layer, so these come in a chunk of their own, loaded when first shown or when the visitor points
// at or focuses a button that opens them.
import { html, nothing, type TemplateResult } from 'lit';
import type { ConsentState } from '../../core/categories.js';
import type { ResolvedCategory } from '../../core/config-types.js';
import type { ConsentManager } from '../../core/consent-manager.js';
import type { ConsentSource } from '../../core/events.js';
import { localize } from '../../core/localized-text.js';
import type { Language, Strings } from '../../i18n/types.js';
import { categoryText } from '../shared/category-text.js';
import { renderSwitch } from '../shared/switch.js';
import { renderChoiceButtons } from './choice-buttons.js';

export { secondaryViewStyles } from './secondary-views.styles.js';

/** What the views need from the element that shows them. */
export interface SecondaryViewHost {
  manager: ConsentManager;
  strings: Strings;
  lang: Language;
  /** The preferences' switch positions, not yet saved. */
  draft: ConsentState;
  policyLinks: TemplateResult;
  toggle(category: ResolvedCategory): void;
  decide(action: 'acceptAll' | 'rejectAll', source: ConsentSource): void;
  onDialogCancel(event: Event): void;
  onDialogClose(): void;
}

function renderCategory(host: SecondaryViewHost, category: ResolvedCategory) {
  const { manager, strings, lang } = host;
  const { title, description } = categoryText(category, strings, lang);
  const whenOff = localize(category.whenOff, lang);
  const vendors = manager.config.vendors.filter((v) => v.category === category.id);
  const on = category.required || host.draft[category.id] === true;
  const id = `category-${category.id}`;
  const describedBy = category.required ? `${id}-description ${id}-locked` : `${id}-description`;
  return html`
    <li part="category" class="category">
      <div class="category-head">
        <span class="category-title" id="${id}-title">${title}</span>
        ${renderSwitch({
          on,
          locked: category.required,
          categoryId: category.id,
          strings,
          onToggle: () => host.toggle(category),
          labelledBy: `${id}-title`,
          describedBy,
        })}
      </div>
      <p id="${id}-description">${description}</p>
      ${category.required ? html`<p id="${id}-locked">${strings.serviceLocked}</p>` : nothing}
      ${whenOff ? html`<p class="when-off">${strings.whenOffLabel}${whenOff}</p>` : nothing}
      ${vendors.length
        ? html`<p class="vendors">
            ${strings.vendorsLabel}${vendors.map(
              (v, i) =>
                html`${i ? (lang === 'ja' ? '、' : ', ') : ''}${v.policyUrl
                  ? html`<a href=${v.policyUrl} rel="noopener" target="_blank">${localize(v.name, lang)}</a>`
                  : localize(v.name, lang)}`,
            )}
          </p>`
        : nothing}
    </li>
  `;
}

export function renderPreferences(host: SecondaryViewHost) {
  const { manager, strings, lang } = host;
  const decision = manager.getDecision();
  return html`
    <dialog part="preferences" aria-labelledby="preferences-title" lang=${lang} @cancel=${host.onDialogCancel} @close=${host.onDialogClose}>
      <div class="dialog-header">
        <h2 id="preferences-title">${strings.preferencesTitle}</h2>
        <button part="button button-close" class="close" aria-label=${strings.close} @click=${() => manager.closePreferences()}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div class="dialog-body">
        <p class="intro">${strings.preferencesIntro} ${host.policyLinks}</p>
        <ul class="categories">
          ${manager.config.categories.map((c) => renderCategory(host, c))}
        </ul>
        ${decision
          ? html`<p part="consent-id" class="consent-id">
              ${strings.consentIdLabel(
                decision.consentId,
                new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(decision.time),
              )}
            </p>`
          : nothing}
      </div>
      <div part="actions" class="actions dialog-footer">
        ${renderChoiceButtons(strings, (action) => host.decide(action, 'preferences'))}
        <button part="button button-save" class="save" @click=${() => manager.set(host.draft, 'preferences')}>
          ${strings.save}
        </button>
      </div>
    </dialog>
  `;
}

export function renderNotice(host: SecondaryViewHost) {
  const { manager, strings, lang } = host;
  const notice = manager.getNotice();
  if (!notice) return nothing;
  let title = '';
  let body: unknown = nothing;
  let actions: unknown = nothing;
  if (notice.type === 'opt-out') {
    const category = manager.config.categories.find((c) => c.id === notice.category)!;
    const delivery = { none: '', pending: strings.optOutPending, sent: strings.optOutSent, failed: strings.optOutFailed }[notice.delivery];
    title = strings.optOutTitle;
    body = html`
      <p>${category.id === 'marketing' ? strings.optOutMarketing : strings.optOutCategory(categoryText(category, strings, lang).title)}</p>
      <p>${strings.optOutImportant}</p>
      <p part="delivery" class=${notice.delivery === 'failed' ? 'delivery failed' : 'delivery'} role="status">${delivery}</p>
    `;
    actions = html`
      <button part="button button-undo" class="secondary" @click=${notice.undo}>${strings.undo}</button>
      <button part="button button-settings" class="secondary" @click=${() => manager.showPreferences()}>${strings.openSettings}</button>`;
  } else if (notice.type === 'storage-unavailable') {
    body = html`<p>${strings.cannotRemember}</p>`;
  } else {
    title = strings.policyUpdatedTitle;
    body = html`<p>${strings.policyUpdated} ${host.policyLinks}</p>`;
  }
  return html`
    <section part="notice" class="banner notice" role="region" aria-labelledby="notice-title" lang=${lang}>
      <div class="banner-body">
        <h2 id="notice-title" tabindex="-1">${title || strings.bannerTitle}</h2>
        ${body}
      </div>
      <div part="actions" class="actions">
        ${actions}
        <button part="button button-close-notice" class="secondary" @click=${() => manager.dismissNotice()}>${strings.close}</button>
      </div>
    </section>
  `;
}
