import { adoptStyles, html, LitElement, nothing, type PropertyValues } from 'lit';
import type { ConsentState } from '../../core/categories.js';
import type { Layout, ResolvedCategory } from '../../core/config-types.js';
import type { ConsentManager, ConsentView } from '../../core/consent-manager.js';
import type { ConsentSource } from '../../core/events.js';
import { consoleLogger } from '../../core/log.js';
import type { FirstLayerStrings, Language } from '../../i18n/types.js';
import { purposesText } from '../shared/category-text.js';
import { focusReturn } from '../shared/focus-return.js';
import { keepClear } from '../shared/keep-clear.js';
import { PageLanguageController } from '../shared/page-language.js';
import { renderChoiceButtons } from './choice-buttons.js';
import { consentBannerStyles } from './consent-banner.styles.js';
import type * as SecondaryViews from './secondary-views.js';
import type { SecondaryViewHost } from './secondary-views.js';

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
export class ConsentBannerElement extends LitElement {
  static override styles = consentBannerStyles;

  static override properties = {
    manager: { attribute: false },
    // Observed so that a change of layout re-renders and moves the scroll padding (KeepClearController).
    layout: {},
    view: { state: true },
    bannerBehind: { state: true },
    draft: { state: true },
    announcement: { state: true },
  };

  /** The core instance this element renders. Required. */
  manager?: ConsentManager;
  /** Mirrors the `layout` attribute (documented above); the styles key on the attribute. */
  layout?: Layout;

  private view: ConsentView = 'hidden';
  /** The banner stays under the preferences it opened, so closing them returns focus to Customize. */
  private bannerBehind = false;
  private draft: ConsentState = {};
  private detachManager?: () => void;
  private readonly pageLanguage = new PageLanguageController(this, () => this.manager?.config);
  /** Closing the preferences gives focus back to what opened them; Customize or the floating button if rendered anew. */
  private readonly focusReturn = focusReturn(
    this,
    () => this.view === 'preferences',
    // (The floating button shows only while nothing else does.)
    () => this.renderRoot.querySelector<HTMLElement>(this.view === 'banner' ? '.banner button' : '.floating'),
  );
  private noticeNeedsFocus = false;
  private secondaryViews?: typeof SecondaryViews;
  private secondaryViewsLoading?: Promise<void>;
  /** What the live region says: set after a decision, so it is announced once. */
  private announcement = '';

  constructor() {
    super();
    // A bar at the page's edge: focused page elements scroll clear of it (WCAG 2.4.11).
    keepClear(this, () => this.renderRoot.querySelector<HTMLElement>('.banner:not(.in-dialog)'));
  }

  override connectedCallback() {
    super.connectedCallback();
    this.attachManager();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.detachManager?.();
    this.detachManager = undefined;
  }

  protected override firstUpdated() {
    if (!this.manager) {
      consoleLogger.error(
        '<consent-banner> has no manager, so it shows nothing. Set element.manager = createConsentManager(config, { storage }), or load dist/consent-banner.js instead.',
      );
    }
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('manager') && this.isConnected) this.attachManager();
    if (this.view === 'preferences' || this.view === 'notice') void this.loadSecondaryViews();
    const config = this.manager?.config;
    // The site's choices become attributes the styles key on; an attribute set on the element wins.
    if (config && !this.hasAttribute('layout')) this.setAttribute('layout', config.layout);
    if (config && !this.hasAttribute('theme')) this.setAttribute('theme', config.theme);
  }

  protected override updated(changed: PropertyValues) {
    // A load that settles after the element left the page still updates it; there is nothing to show then.
    if (!this.isConnected) return;
    const bannerDialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.banner-dialog');
    if (bannerDialog && !bannerDialog.open) bannerDialog.showModal();
    if (changed.has('view')) {
      // A notice the visitor did not open (the unsubscribe confirmation) takes focus, so it is read out.
      this.noticeNeedsFocus = this.view === 'notice';
    }
    // A view's content may come an update after the view itself (its texts still loading), so what it needs
    // is done once it is rendered.
    const preferences = this.renderRoot.querySelector<HTMLDialogElement>('dialog[part="preferences"]');
    if (this.view === 'preferences' && preferences && !preferences.open) preferences.showModal();
    const noticeTitle = this.noticeNeedsFocus && this.renderRoot.querySelector<HTMLElement>('#notice-title');
    if (noticeTitle) {
      noticeTitle.focus();
      this.noticeNeedsFocus = false;
    }
  }

  private attachManager() {
    this.detachManager?.();
    this.detachManager = undefined;
    const manager = this.manager;
    if (!manager) return;
    manager.setEventTarget(this);
    const onView = (view: ConsentView) => {
      if (view === 'preferences' && this.view !== 'preferences') {
        this.draft = manager.getStartingPoint();
        // Noted now, while the opener still has focus: the dialog may open an update later.
        this.focusReturn.remember();
      }
      this.bannerBehind = view === 'preferences' && (this.view === 'banner' || this.bannerBehind);
      this.view = view;
      // The notice may change without the view changing (the unsubscribe request's progress).
      this.requestUpdate();
    };
    onView(manager.getView());
    const unsubscribeView = manager.onViewChange(onView);
    const unsubscribeChange = manager.onChange(({ source }) => {
      // "Saved" would be untrue when the browser keeps no cookie: say what happens instead, once the cookie
      // storage has checked the write (a task later).
      if (source !== 'sync')
        setTimeout(() => {
          const strings = this.pageLanguage.firstLayer?.strings;
          this.announcement = (manager.canRemember() ? strings?.saved : strings?.cannotRemember) ?? '';
        });
    });
    this.detachManager = () => {
      unsubscribeView();
      unsubscribeChange();
      manager.setEventTarget(null);
    };
  }

  private decide(action: 'acceptAll' | 'rejectAll', source: ConsentSource) {
    this.manager?.[action](source);
  }

  private toggle(category: ResolvedCategory) {
    if (category.required) return;
    this.draft = { ...this.draft, [category.id]: !this.draft[category.id] };
  }

  private onDialogClose = () => {
    if (this.manager?.getView() === 'preferences') this.manager.closePreferences();
  };

  private onDialogCancel = (event: Event) => {
    // Escape: let the manager decide what shows next rather than the browser.
    event.preventDefault();
    this.manager?.closePreferences();
  };

  private renderPolicyLink(strings: FirstLayerStrings) {
    const { policyUrl, disclosureUrl } = this.manager!.config;
    return html`${policyUrl ? html`<a part="policy-link" href=${policyUrl}>${strings.policyLink}</a>` : nothing}
    ${disclosureUrl ? html`<a part="disclosure-link" href=${disclosureUrl}>${strings.disclosureLink}</a>` : nothing}`;
  }

  private renderBanner(strings: FirstLayerStrings, lang: Language) {
    const manager = this.manager!;
    const purposes = purposesText(manager.config.categories, strings, lang);
    const askReason = manager.getAskReason();
    const reason = askReason === 'revision' ? strings.revisionNotice : askReason === 'expired' ? strings.expiredNotice : '';
    const gpcRefused = manager.isGpcActive() && !manager.isDecided() ? manager.config.categories.filter((c) => c.sellOrShare) : [];
    const modal = this.getAttribute('layout') === 'modal';
    const banner = html`
      <section part="banner" class=${modal ? 'banner in-dialog' : 'banner'} role=${modal ? nothing : 'region'} aria-labelledby="banner-title" lang=${lang}>
        <div class="banner-body">
          <h2 part="title" id="banner-title">${strings.bannerTitle}</h2>
          ${reason ? html`<p part="reason" class="reason">${reason}</p>` : nothing}
          <p part="text">${strings.bannerText(purposes)} ${this.renderPolicyLink(strings)}</p>
          ${manager.canRemember() ? nothing : html`<p part="storage-notice" class="note">${strings.cannotRemember}</p>`}
          ${gpcRefused.length
            ? html`<p part="gpc-notice" class="note">${strings.gpcNotice(purposesText(gpcRefused, strings, lang, true))}</p>`
            : nothing}
        </div>
        <div part="actions" class="actions">
          ${renderChoiceButtons(strings, (action) => this.decide(action, 'banner'))}
          <button part="button button-customize" class="secondary" @click=${() => this.manager?.showPreferences()}
            @pointerenter=${this.loadSecondaryViews} @focus=${this.loadSecondaryViews}>
            ${strings.customize}
          </button>
        </div>
      </section>
    `;
    // The centred modal layout is a real modal dialog; Escape does not dismiss it without a choice. Where the
    // browser lets a page cancel Escape only after a click or key press on it (Chromium's close watchers),
    // `closedby="none"` keeps it open, and where that is not known either, the update after `close` reopens it.
    return modal
      ? html`<dialog part="banner-dialog" class="banner-dialog" aria-labelledby="banner-title" lang=${lang} closedby="none"
          @cancel=${(e: Event) => e.preventDefault()} @close=${() => this.requestUpdate()}>
          ${banner}
        </dialog>`
      : banner;
  }

  private renderFloatingButton(strings: FirstLayerStrings) {
    const corner = this.manager!.config.floatingButton;
    if (!corner || !this.manager!.isDecided()) return nothing;
    return html`
      <button part="floating-button" class="floating ${corner}" aria-label=${strings.preferencesTitle} title=${strings.preferencesTitle}
        @click=${() => this.manager?.showPreferences()} @pointerenter=${this.loadSecondaryViews} @focus=${this.loadSecondaryViews}>
        <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5Zm-3.5 7a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm7 5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm-6 3a1 1 0 1 1 0 2 1 1 0 0 1 0-2Z"/>
        </svg>
      </button>
    `;
  }

  /** Also waits for the page language's texts and the preferences' or notices' chunk, when they had to be loaded first. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const rendered = () => this.pageLanguage.afterLoading(() => super.getUpdateComplete());
    let complete = await rendered();
    while (this.secondaryViewsLoading && !this.secondaryViews) {
      await this.secondaryViewsLoading;
      complete = await rendered();
    }
    return complete;
  }

  /**
   * Loads the preferences dialog and the notices (a chunk of their own) and adds their styles. Called when
   * one must show, and ahead of time when the visitor points at or focuses a button that opens the preferences.
   */
  private loadSecondaryViews = () =>
    (this.secondaryViewsLoading ??= Promise.all([
      import('./secondary-views.js'),
      // Its own chunk, shared with the disclosure table: requested now rather than once the views have arrived.
      import('../shared/switch.js'),
      // The texts they show, asked for now too (a failure is reported when they render).
      void this.pageLanguage.current,
    ]).then(
      ([module]) => {
        const sheets = module.secondaryViewStyles.map((style) => style.styleSheet);
        const root = this.renderRoot as ShadowRoot;
        // adoptStyles would replace the element's own sheets; its <style> fallback is for browsers without adoptedStyleSheets.
        if (sheets.every(Boolean)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...(sheets as CSSStyleSheet[])];
        else adoptStyles(root, module.secondaryViewStyles);
        this.secondaryViews = module;
        this.requestUpdate();
      },
      (error: Error) => {
        // Back to what can be shown, so the visitor can try again (the next opening asks for the file again).
        this.secondaryViewsLoading = undefined;
        if (this.manager?.getView() === 'preferences') this.manager.closePreferences();
        else if (this.manager?.getView() === 'notice') this.manager.dismissNotice();
        consoleLogger.error(
          `Could not load the preferences of the consent banner (${error.message}). Serve every consent-banner-ui-*.js file beside consent-banner-ui.js.`,
        );
      },
    ));

  protected override render() {
    const current = this.manager && this.pageLanguage.firstLayer;
    if (!this.manager || !current) return nothing;
    const { language: lang, strings } = current;
    const view = this.view;
    const views = this.secondaryViews;
    // All the texts, for the preferences or a notice (loaded with their chunk).
    const all = view === 'preferences' || view === 'notice' ? this.pageLanguage.current : undefined;
    // What the preferences or a notice render with, once their chunk and texts are here.
    const host: SecondaryViewHost | undefined =
      views && all
        ? {
            manager: this.manager,
            strings: all.strings,
            lang: all.language,
            draft: this.draft,
            policyLinks: this.renderPolicyLink(all.strings),
            toggle: (category) => this.toggle(category),
            decide: (action, source) => this.decide(action, source),
            onDialogCancel: this.onDialogCancel,
            onDialogClose: this.onDialogClose,
          }
        : undefined;
    return html`
      ${view === 'notice' && host ? views!.renderNotice(host) : nothing}
      ${view === 'banner' || (view === 'preferences' && this.bannerBehind) ? this.renderBanner(strings, lang) : nothing}
      ${view === 'preferences' && host ? views!.renderPreferences(host) : nothing}
      ${view === 'hidden' ? this.renderFloatingButton(strings) : nothing}
      <div class="visually-hidden" role="status" aria-live="polite" lang=${lang}>${this.announcement}</div>
    `;
  }
}
