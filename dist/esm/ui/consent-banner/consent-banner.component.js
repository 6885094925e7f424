import { LitElement, nothing, html } from 'lit';
import { localize } from '../../core/localized-text.js';
import { consoleLogger } from '../../core/log.js';
import { purposesText, categoryText } from '../shared/category-text.js';
import { PageLanguageController } from '../shared/page-language.js';
import { renderSwitch } from '../shared/switch.js';
import { consentBannerStyles } from './consent-banner.styles.js';

function deepActiveElement() {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement)
        active = active.shadowRoot.activeElement;
    return active;
}
/**
 * The first-layer banner and the preferences dialog. It renders what its
 * `manager` says and calls the manager's methods; it holds no consent logic.
 *
 * @tagname consent-banner
 * @event consent-ready - Re-dispatched from here when rendered (see the core).
 * @event consent-change - After every decision, from here when rendered.
 *
 * @csspart banner - The first-layer banner.
 * @csspart banner-dialog - The modal dialog around the banner in the `modal` layout.
 * @csspart reason - Why the visitor is asked again (policy change, expiry).
 * @csspart gpc-notice - The sentence about Global Privacy Control.
 * @csspart storage-notice - The sentence shown when the browser refuses cookies.
 * @csspart notice - A notice: the unsubscribe confirmation, a minor policy update, cookies refused.
 * @csspart delivery - In the unsubscribe confirmation: whether the site's server recorded it.
 * @csspart consent-id - The visitor's consent id and decision date in the preferences.
 * @csspart disclosure-link - The link to the external transmission policy.
 * @csspart floating-button - The corner button that reopens the settings.
 * @csspart title - The banner's heading.
 * @csspart text - The banner's text.
 * @csspart policy-link - The link to the privacy policy.
 * @csspart actions - The row of buttons.
 * @csspart button - Every button; also `button-accept`, `button-reject`, `button-customize`, `button-save`, `button-close`, `button-undo`, `button-settings`, `button-close-notice`.
 * @csspart preferences - The preferences dialog.
 * @csspart category - One category in the preferences.
 * @csspart switch - A category's on/off switch.
 *
 * @cssprop --consent-bg - Background colour.
 * @cssprop --consent-fg - Text colour.
 * @cssprop --consent-muted - Secondary text colour.
 * @cssprop --consent-border - Border colour.
 * @cssprop --consent-choice-bg - Background of Accept all and Reject all (always the same).
 * @cssprop --consent-choice-fg - Text of Accept all and Reject all.
 * @cssprop --consent-accent - Links, switches that are on, the Save button.
 * @cssprop --consent-accent-fg - Text on the accent colour.
 * @cssprop --consent-switch-off - Track colour of a switch that is off.
 * @cssprop --consent-focus - Focus ring colour.
 * @cssprop --consent-font - Font family.
 * @cssprop --consent-radius - Corner radius.
 * @cssprop --consent-spacing - Inner spacing.
 * @cssprop --consent-shadow - Banner shadow.
 * @cssprop --consent-z-index - Stacking order of the banner.
 * @cssprop --consent-max-width - Width of the banner's content on wide screens.
 * @cssprop --consent-error - Colour of error messages.
 *
 * @attr layout - `bar` (bottom, default), `bar-top`, `box` (corner) or `modal`; defaults to the config's `layout`.
 * @attr theme - `auto` (follows prefers-color-scheme), `light` or `dark`; defaults to the config's `theme`.
 * @attr lang - Forces the language instead of following `<html lang>`.
 */
class ConsentBannerElement extends LitElement {
    constructor() {
        super(...arguments);
        this.view = 'hidden';
        /** The banner stays under the preferences it opened, so closing them returns focus to Customize. */
        this.bannerBehind = false;
        this.draft = {};
        this.pageLanguage = new PageLanguageController(this, () => this.manager?.config);
        this.returnFocusTo = null;
        this.noticeNeedsFocus = false;
        /** What the live region says: set after a decision, so it is announced once. */
        this.announcement = '';
        this.onDialogClose = () => {
            if (this.manager?.getView() === 'preferences')
                this.manager.closePreferences();
        };
        this.onDialogCancel = (event) => {
            // Escape: let the manager decide what shows next rather than the browser.
            event.preventDefault();
            this.manager?.closePreferences();
        };
    }
    connectedCallback() {
        super.connectedCallback();
        this.attachManager();
    }
    disconnectedCallback() {
        super.disconnectedCallback();
        this.stopKeepingFocusVisible?.();
        this.detachManager?.();
        this.detachManager = undefined;
    }
    firstUpdated() {
        if (!this.manager) {
            consoleLogger.error('<consent-banner> has no manager, so it shows nothing. Set element.manager = createConsentManager(config, { storage }), or load dist/consent-banner.js instead.');
        }
    }
    willUpdate(changed) {
        if (changed.has('manager') && this.isConnected)
            this.attachManager();
        const config = this.manager?.config;
        // The site's choices become attributes the styles key on; an attribute set on the element wins.
        if (config && !this.hasAttribute('layout'))
            this.setAttribute('layout', config.layout);
        if (config && !this.hasAttribute('theme'))
            this.setAttribute('theme', config.theme);
    }
    updated(changed) {
        this.keepFocusVisible();
        const bannerDialog = this.renderRoot.querySelector('dialog.banner-dialog');
        if (bannerDialog && !bannerDialog.open)
            bannerDialog.showModal();
        if (changed.has('view')) {
            // A notice the visitor did not open (the unsubscribe confirmation) takes focus, so it is read out.
            this.noticeNeedsFocus = this.view === 'notice';
            if (changed.get('view') === 'preferences' && this.view !== 'preferences') {
                const target = this.returnFocusTo;
                this.returnFocusTo = null;
                if (target?.isConnected)
                    target.focus();
                else if (this.view === 'banner')
                    this.renderRoot.querySelector('.banner button')?.focus();
            }
        }
        // A view's content may come an update after the view itself (its texts still loading), so what it needs
        // is done once it is rendered.
        const preferences = this.renderRoot.querySelector('dialog[part="preferences"]');
        if (this.view === 'preferences' && preferences && !preferences.open) {
            this.returnFocusTo = deepActiveElement();
            preferences.showModal();
        }
        const noticeTitle = this.noticeNeedsFocus && this.renderRoot.querySelector('#notice-title');
        if (noticeTitle) {
            noticeTitle.focus();
            this.noticeNeedsFocus = false;
        }
    }
    /** Scroll padding on the page as tall as the bar, kept up to date while it shows. */
    keepFocusVisible() {
        const bar = this.renderRoot.querySelector('.banner:not(.in-dialog)');
        const layout = this.getAttribute('layout');
        if (!bar || (layout !== 'bar' && layout !== 'bar-top')) {
            this.stopKeepingFocusVisible?.();
            this.stopKeepingFocusVisible = undefined;
            return;
        }
        if (this.stopKeepingFocusVisible)
            return;
        const root = document.documentElement.style;
        const property = layout === 'bar' ? 'scrollPaddingBottom' : 'scrollPaddingTop';
        const before = root[property];
        const observer = new ResizeObserver(() => (root[property] = `${bar.offsetHeight}px`));
        observer.observe(bar);
        this.stopKeepingFocusVisible = () => {
            observer.disconnect();
            root[property] = before;
        };
    }
    attachManager() {
        this.detachManager?.();
        this.detachManager = undefined;
        const manager = this.manager;
        if (!manager)
            return;
        manager.setEventTarget(this);
        const onView = (view) => {
            if (view === 'preferences' && this.view !== 'preferences')
                this.draft = manager.getStartingPoint();
            this.bannerBehind = view === 'preferences' && (this.view === 'banner' || this.bannerBehind);
            this.view = view;
            // The notice may change without the view changing (the unsubscribe request's progress).
            this.requestUpdate();
        };
        onView(manager.getView());
        const unsubscribeView = manager.onViewChange(onView);
        const unsubscribeChange = manager.onChange(({ source }) => {
            if (source !== 'sync')
                this.announcement = this.pageLanguage.strings?.saved ?? '';
        });
        this.detachManager = () => {
            unsubscribeView();
            unsubscribeChange();
            manager.setEventTarget(null);
        };
    }
    decide(action, source) {
        this.manager?.[action](source);
    }
    toggle(category) {
        if (category.required)
            return;
        this.draft = { ...this.draft, [category.id]: !this.draft[category.id] };
    }
    renderPolicyLink(strings) {
        const { policyUrl, disclosureUrl } = this.manager.config;
        return html `${policyUrl ? html `<a part="policy-link" href=${policyUrl}>${strings.policyLink}</a>` : nothing}
    ${disclosureUrl ? html `<a part="disclosure-link" href=${disclosureUrl}>${strings.disclosureLink}</a>` : nothing}`;
    }
    renderBanner(strings, lang) {
        const manager = this.manager;
        const purposes = purposesText(manager.config.categories, strings, lang);
        const askReason = manager.getAskReason();
        const reason = askReason === 'revision' ? strings.revisionNotice : askReason === 'expired' ? strings.expiredNotice : '';
        const gpcRefused = manager.isGpcActive() && !manager.isDecided() ? manager.config.categories.filter((c) => c.sellOrShare) : [];
        const modal = this.getAttribute('layout') === 'modal';
        const banner = html `
      <section part="banner" class=${modal ? 'banner in-dialog' : 'banner'} role=${modal ? nothing : 'region'} aria-labelledby="banner-title" lang=${lang}>
        <div class="banner-body">
          <h2 part="title" id="banner-title">${strings.bannerTitle}</h2>
          ${reason ? html `<p part="reason" class="reason">${reason}</p>` : nothing}
          <p part="text">${strings.bannerText(purposes)} ${this.renderPolicyLink(strings)}</p>
          ${manager.canRemember() ? nothing : html `<p part="storage-notice" class="note">${strings.cannotRemember}</p>`}
          ${gpcRefused.length
            ? html `<p part="gpc-notice" class="note">${strings.gpcNotice(purposesText(gpcRefused, strings, lang, true))}</p>`
            : nothing}
        </div>
        <div part="actions" class="actions">
          <button part="button button-accept" class="choice" @click=${() => this.decide('acceptAll', 'banner')}>
            ${strings.acceptAll}
          </button>
          <button part="button button-reject" class="choice" @click=${() => this.decide('rejectAll', 'banner')}>
            ${strings.rejectAll}
          </button>
          <button part="button button-customize" class="secondary" @click=${() => this.manager?.showPreferences()}>
            ${strings.customize}
          </button>
        </div>
      </section>
    `;
        // The centred modal layout is a real modal dialog; Escape does not dismiss it without a choice.
        return modal
            ? html `<dialog part="banner-dialog" class="banner-dialog" aria-labelledby="banner-title" lang=${lang} @cancel=${(e) => e.preventDefault()}>
          ${banner}
        </dialog>`
            : banner;
    }
    renderFloatingButton(strings) {
        const corner = this.manager.config.floatingButton;
        if (!corner || !this.manager.isDecided())
            return nothing;
        return html `
      <button part="floating-button" class="floating ${corner}" aria-label=${strings.preferencesTitle} title=${strings.preferencesTitle}
        @click=${() => this.manager?.showPreferences()}>
        <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5Zm-3.5 7a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm7 5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm-6 3a1 1 0 1 1 0 2 1 1 0 0 1 0-2Z"/>
        </svg>
      </button>
    `;
    }
    renderCategory(category, strings, lang) {
        const { title, description } = categoryText(category, strings, lang);
        const whenOff = localize(category.whenOff, lang);
        const vendors = this.manager.config.vendors.filter((v) => v.category === category.id);
        const on = category.required || this.draft[category.id] === true;
        const id = `category-${category.id}`;
        const describedBy = category.required ? `${id}-description ${id}-locked` : `${id}-description`;
        return html `
      <li part="category" class="category">
        <div class="category-head">
          <span class="category-title" id="${id}-title">${title}</span>
          ${renderSwitch({
            on,
            locked: category.required,
            categoryId: category.id,
            strings,
            onToggle: () => this.toggle(category),
            labelledBy: `${id}-title`,
            describedBy,
        })}
        </div>
        <p id="${id}-description">${description}</p>
        ${category.required ? html `<p id="${id}-locked">${strings.serviceLocked}</p>` : nothing}
        ${whenOff ? html `<p class="when-off">${strings.whenOffLabel}${whenOff}</p>` : nothing}
        ${vendors.length
            ? html `<p class="vendors">
              ${strings.vendorsLabel}${vendors.map((v, i) => html `${i ? (lang === 'ja' ? '、' : ', ') : ''}${v.policyUrl
                ? html `<a href=${v.policyUrl} rel="noopener" target="_blank">${localize(v.name, lang)}</a>`
                : localize(v.name, lang)}`)}
            </p>`
            : nothing}
      </li>
    `;
    }
    renderPreferences(strings, lang) {
        const manager = this.manager;
        const decision = manager.getDecision();
        return html `
      <dialog
        part="preferences"
        aria-labelledby="preferences-title"
        lang=${lang}
        @cancel=${this.onDialogCancel}
        @close=${this.onDialogClose}
      >
        <div class="dialog-header">
          <h2 id="preferences-title">${strings.preferencesTitle}</h2>
          <button part="button button-close" class="close" aria-label=${strings.close} @click=${() => manager.closePreferences()}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <div class="dialog-body">
          <p class="intro">${strings.preferencesIntro} ${this.renderPolicyLink(strings)}</p>
          <ul class="categories">
            ${manager.config.categories.map((c) => this.renderCategory(c, strings, lang))}
          </ul>
          ${decision
            ? html `<p part="consent-id" class="consent-id">
                ${strings.consentIdLabel(decision.consentId, new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(decision.time))}
              </p>`
            : nothing}
        </div>
        <div part="actions" class="actions dialog-footer">
          <button part="button button-accept" class="choice" @click=${() => this.decide('acceptAll', 'preferences')}>
            ${strings.acceptAll}
          </button>
          <button part="button button-reject" class="choice" @click=${() => this.decide('rejectAll', 'preferences')}>
            ${strings.rejectAll}
          </button>
          <button part="button button-save" class="save" @click=${() => manager.set(this.draft, 'preferences')}>
            ${strings.save}
          </button>
        </div>
      </dialog>
    `;
    }
    renderNotice(strings, lang) {
        const manager = this.manager;
        const notice = manager.getNotice();
        if (!notice)
            return nothing;
        let title = '';
        let body = nothing;
        let actions = nothing;
        if (notice.type === 'opt-out') {
            const category = manager.config.categories.find((c) => c.id === notice.category);
            const delivery = { none: '', pending: strings.optOutPending, sent: strings.optOutSent, failed: strings.optOutFailed }[notice.delivery];
            title = strings.optOutTitle;
            body = html `
        <p>${category.id === 'marketing' ? strings.optOutMarketing : strings.optOutCategory(categoryText(category, strings, lang).title)}</p>
        <p>${strings.optOutImportant}</p>
        <p part="delivery" class=${notice.delivery === 'failed' ? 'delivery failed' : 'delivery'} role="status">${delivery}</p>
      `;
            actions = html `
        <button part="button button-undo" class="secondary" @click=${notice.undo}>${strings.undo}</button>
        <button part="button button-settings" class="secondary" @click=${() => manager.showPreferences()}>${strings.openSettings}</button>`;
        }
        else if (notice.type === 'storage-unavailable') {
            body = html `<p>${strings.cannotRemember}</p>`;
        }
        else {
            body = html `<p>${strings.policyUpdated} ${this.renderPolicyLink(strings)}</p>`;
        }
        return html `
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
    /** Also waits for the page language's texts when they had to be loaded first. */
    getUpdateComplete() {
        return this.pageLanguage.afterLoading(() => super.getUpdateComplete());
    }
    render() {
        if (!this.manager)
            return nothing;
        const lang = this.pageLanguage.language;
        const strings = this.pageLanguage.strings;
        if (!strings)
            return nothing;
        const view = this.view;
        return html `
      ${view === 'notice' ? this.renderNotice(strings, lang) : nothing}
      ${view === 'banner' || (view === 'preferences' && this.bannerBehind) ? this.renderBanner(strings, lang) : nothing}
      ${view === 'preferences' ? this.renderPreferences(strings, lang) : nothing}
      ${view === 'hidden' ? this.renderFloatingButton(strings) : nothing}
      <div class="visually-hidden" role="status" aria-live="polite" lang=${lang}>${this.announcement}</div>
    `;
    }
}
ConsentBannerElement.styles = consentBannerStyles;
ConsentBannerElement.properties = {
    manager: { attribute: false },
    view: { state: true },
    bannerBehind: { state: true },
    draft: { state: true },
    announcement: { state: true },
};

export { ConsentBannerElement };
