// <consent-configurator>: the page. Its header, the basics, categories, appearance and options, and the
// parts with state of their own (recipients, preview, outputs) as elements beside it; every input is a
// store.update(), and the rules live in the plain modules.
import { html, nothing, type TemplateResult } from 'lit';
import { LAYOUTS, THEMES } from '../core/config-types.js';
import { newCategoryIdProblem } from './build-config.js';
import { contrastRatio, formatRatio, pairKey, TEXT_PAIRS } from './contrast.js';
import type { Strings } from './i18n.js';
import type { ScriptSource } from './outputs.js';
import { ConfiguratorSection } from './section.js';
import { COLOUR_NAMES, emptyPair, pairText, type SiteCategory, type SiteLanguage } from './state.js';
import { ConfiguratorStore } from './store.js';
import './configurator-outputs.js';
import './configurator-preview.js';
import './configurator-vendors.js';
import type { ConfiguratorVendors } from './configurator-vendors.js';

type UiLanguage = SiteLanguage;
const UI_LANG_KEY = 'consent-banner-configurator-lang';

const newCategory = (): SiteCategory => ({ id: '', title: emptyPair(), description: emptyPair(), whenOff: emptyPair(), sellOrShare: false });

export interface ConfiguratorRelease {
  /** The CDN tag's source and integrity, as scripts/sri.mjs records them in the README. */
  cdn: ScriptSource;
}

export class ConsentConfigurator extends ConfiguratorSection {
  static override properties = {
    ...ConfiguratorSection.properties,
    draftCategory: { state: true },
    draftCategoryProblem: { state: true },
    categoryMessage: { state: true },
  };

  release: ConfiguratorRelease = { cdn: { src: '' } };
  draftCategory: SiteCategory = newCategory();
  draftCategoryProblem: { message: string; source: 'widget' | 'configurator' } | undefined;
  categoryMessage = '';

  override connectedCallback(): void {
    this.uiLang = this.initialLanguage();
    this.store = new ConfiguratorStore(window, this.uiLang);
    super.connectedCallback();
    this.applyLanguage();
  }

  private initialLanguage(): UiLanguage {
    const asked = new URLSearchParams(location.search).get('lang');
    if (asked === 'ja' || asked === 'en') return asked;
    try {
      const kept = localStorage.getItem(UI_LANG_KEY);
      if (kept === 'ja' || kept === 'en') return kept;
    } catch {
      // No storage: fall through to the browser's language.
    }
    return navigator.language.toLowerCase().startsWith('ja') ? 'ja' : 'en';
  }

  private applyLanguage(): void {
    document.documentElement.lang = this.uiLang;
    document.title = this.s.pageTitle;
  }

  private setUiLanguage(lang: UiLanguage): void {
    this.uiLang = lang;
    try {
      localStorage.setItem(UI_LANG_KEY, lang);
    } catch {
      // Kept for this page view only.
    }
    this.applyLanguage();
  }

  private addCategory(): void {
    const draft = { ...this.draftCategory, id: this.draftCategory.id.trim() };
    const problem = newCategoryIdProblem(draft.id, this.store.settings);
    this.draftCategoryProblem = problem;
    if (problem) {
      this.querySelector<HTMLInputElement>('#new-category-id')?.focus();
      return;
    }
    this.update_((settings) => settings.siteCategories.push(draft));
    this.categoryMessage = this.s.categoryAdded(pairText(draft.title, this.uiLang) || draft.id);
    this.draftCategory = newCategory();
  }

  private renderHeader(): TemplateResult {
    const s = this.s;
    const notice = this.store.loadNotice;
    return html`<header class="page-header">
      <h1>${s.pageTitle}</h1>
      <div class="header-actions">
        <div role="group" aria-label=${s.language} class="segmented">
          ${(['ja', 'en'] as const).map(
            (lang) => html`<button type="button" lang=${lang} aria-pressed=${this.uiLang === lang ? 'true' : 'false'} @click=${() => this.setUiLanguage(lang)}>
              ${lang === 'ja' ? '日本語' : 'English'}
            </button>`,
          )}
        </div>
        <button type="button" id="start-over" @click=${this.onStartOver}>${s.startOver}</button>
      </div>
      <p class="intro">${s.pageIntro} <a href="#outputs" @click=${this.onSkipToOutputs}>${s.skipToOutputs}</a></p>
      ${notice
        ? html`<p class="notice" role="status" id="load-notice">
            ${notice.kind === 'restored'
              ? s.linkRestored
              : notice.kind === 'damaged'
                ? s.linkDamaged
                : html`${notice.newer ? s.linkNewer : ''} ${notice.fields.length ? s.linkUnreadable(notice.fields.join(', ')) : ''}`}
          </p>`
        : nothing}
    </header>`;
  }

  /** Moves focus to the outputs without replacing the address's `#settings=…` with `#outputs`. */
  private onSkipToOutputs = (event: Event) => {
    event.preventDefault();
    const outputs = this.querySelector<HTMLElement>('#outputs');
    outputs?.focus();
    outputs?.scrollIntoView();
  };

  private onStartOver = () => {
    if (!window.confirm(this.s.startOverConfirm)) return;
    this.store.startOver(this.uiLang);
    this.querySelector<ConfiguratorVendors>('configurator-vendors')?.clear();
    this.draftCategory = newCategory();
    this.draftCategoryProblem = undefined;
    this.categoryMessage = '';
  };

  private renderBasics(): TemplateResult {
    const s = this.s;
    const settings = this.store.settings;
    return html`<section aria-labelledby="basics-heading">
      <h2 id="basics-heading">${s.basics}</h2>
      <fieldset class="field">
        <legend>${s.siteLang}</legend>
        <p class="hint" id="site-lang-hint">${s.siteLangHint}</p>
        ${(['ja', 'en'] as const).map(
          (lang) => html`<label class="radio"
            ><input type="radio" name="site-lang" value=${lang} .checked=${settings.siteLang === lang} aria-describedby="site-lang-hint"
              @change=${() => this.update_((d) => (d.siteLang = lang))} />
            ${lang === 'ja' ? s.japanese : s.english}</label
          >`,
        )}
      </fieldset>
      ${this.parts.textField('policyUrl', s.policyUrl, settings.policyUrl, (v) => this.update_((d) => (d.policyUrl = v)), s.policyUrlHint)}
      ${this.parts.textField('disclosureUrl', s.disclosureUrl, settings.disclosureUrl, (v) => this.update_((d) => (d.disclosureUrl = v)), s.disclosureUrlHint)}
      ${this.parts.textField('revision', s.revision, settings.revision, (v) => this.update_((d) => (d.revision = v)), s.revisionHint)}
    </section>`;
  }

  private renderSiteCategory(category: SiteCategory, index: number): TemplateResult {
    const s = this.s;
    const field = `category:${category.id}`;
    const prefix = `category-${index}`;
    const set = (change: (c: SiteCategory) => void) => this.update_((d) => change(d.siteCategories[index]));
    const title = pairText(category.title, this.uiLang) || category.id;
    return html`<li class="card" data-category=${category.id}>
      <h4><code>${category.id}</code> ${title}</h4>
      ${this.parts.pairFields(`${prefix}-title`, s.categoryTitle, category.title, (v) => set((c) => (c.title = v)), this.parts.describedBy(field))}
      ${this.parts.pairFields(`${prefix}-description`, s.categoryDescription, category.description, (v) => set((c) => (c.description = v)), this.parts.describedBy(field), true)}
      ${this.parts.pairFields(`${prefix}-when-off`, s.whenOff, category.whenOff, (v) => set((c) => (c.whenOff = v)))}
      ${this.parts.checkbox(`${prefix}-sell`, s.sellOrShare, category.sellOrShare, (v) => set((c) => (c.sellOrShare = v)))}
      ${this.parts.renderProblems(field)}
      <button type="button" class="remove" @click=${() => this.update_((d) => d.siteCategories.splice(index, 1))}>${s.removeCategory(title)}</button>
    </li>`;
  }

  private renderCategories(): TemplateResult {
    const s = this.s;
    const settings = this.store.settings;
    const draft = this.draftCategory;
    const setDraft = (change: Partial<SiteCategory>) => (this.draftCategory = { ...this.draftCategory, ...change });
    const idProblem = this.draftCategoryProblem;
    return html`<section aria-labelledby="categories-heading">
      <h2 id="categories-heading">${s.categories}</h2>
      <p class="hint">${s.categoriesHint}</p>
      <p>${s.serviceAlwaysOn}</p>
      ${(['analytics', 'marketing'] as const).map(
        (id) => html`<div class="card">
          ${this.parts.checkbox(`include-${id}`, s.includeCategory(s.builtInTitles[id]), settings[id].included, (v) => this.update_((d) => (d[id].included = v)))}
          ${settings[id].included
            ? this.parts.pairFields(`when-off-${id}`, s.builtInWhenOff(s.builtInTitles[id]), settings[id].whenOff, (v) => this.update_((d) => (d[id].whenOff = v)))
            : nothing}
          ${this.parts.renderProblems(`category:${id}`)}
        </div>`,
      )}
      <h3>${s.siteCategories}</h3>
      ${settings.siteCategories.length
        ? html`<ul class="cards">${settings.siteCategories.map((c, i) => this.renderSiteCategory(c, i))}</ul>`
        : html`<p>${s.noSiteCategories}</p>`}
      <fieldset class="card add-category">
        <legend>${s.addCategory}</legend>
        <div class="field">
          <label for="new-category-id">${s.categoryId}</label>
          <p class="hint" id="new-category-id-hint">${s.categoryIdHint}</p>
          <input
            id="new-category-id"
            type="text"
            autocapitalize="off"
            spellcheck="false"
            .value=${draft.id}
            aria-invalid=${idProblem ? 'true' : 'false'}
            aria-describedby=${idProblem ? 'new-category-id-hint new-category-id-problem' : 'new-category-id-hint'}
            @input=${(e: Event) => setDraft({ id: (e.target as HTMLInputElement).value })}
          />
          <p class="problem" id="new-category-id-problem" role="alert" ?hidden=${!idProblem}>
            ${idProblem
              ? idProblem.source === 'widget'
                ? this.parts.problemText({ field: '', source: 'widget', level: 'error', message: idProblem.message, code: 'categoryId' })
                : (this.s[idProblem.message as keyof Strings] as string)
              : ''}
          </p>
        </div>
        ${this.parts.pairFields('new-category-title', s.categoryTitle, draft.title, (v) => setDraft({ title: v }))}
        ${this.parts.pairFields('new-category-description', s.categoryDescription, draft.description, (v) => setDraft({ description: v }), '', true)}
        ${this.parts.pairFields('new-category-when-off', s.whenOff, draft.whenOff, (v) => setDraft({ whenOff: v }))}
        ${this.parts.checkbox('new-category-sell', s.sellOrShare, draft.sellOrShare, (v) => setDraft({ sellOrShare: v }), s.sellOrShareHint)}
        <button type="button" id="add-category" @click=${() => this.addCategory()}>${s.addCategory}</button>
        <p role="status" class="status">${this.categoryMessage}</p>
      </fieldset>
    </section>`;
  }

  private renderAppearance(): TemplateResult {
    const s = this.s;
    const settings = this.store.settings;
    return html`<section aria-labelledby="appearance-heading">
      <h2 id="appearance-heading">${s.appearance}</h2>
      <fieldset class="field">
        <legend>${s.layout}</legend>
        ${LAYOUTS.map(
          (layout) => html`<label class="radio"><input type="radio" name="layout" value=${layout} .checked=${settings.layout === layout}
              @change=${() => this.update_((d) => (d.layout = layout))} /> ${s.layoutNames[layout]}</label>`,
        )}
      </fieldset>
      <fieldset class="field">
        <legend>${s.theme}</legend>
        ${THEMES.map(
          (theme) => html`<label class="radio"><input type="radio" name="theme" value=${theme} .checked=${settings.theme === theme}
              @change=${() => this.update_((d) => (d.theme = theme))} /> ${s.themeNames[theme]}</label>`,
        )}
      </fieldset>
      ${this.parts.checkbox('custom-colours', s.customColours, settings.customColours, (v) => this.update_((d) => (d.customColours = v)), html`${s.customColoursHint} ${this.parts.readme('styling')}`)}
      ${settings.customColours ? this.renderColours() : nothing}
    </section>`;
  }

  private renderColours(): TemplateResult {
    const s = this.s;
    const { colours } = this.store.settings;
    const pairsOf = (name: string) => TEXT_PAIRS.filter((pair) => pair.includes(name as never)).map((pair) => `contrast-${pairKey(pair).replace('/', '-on-')}`);
    return html`<div class="colours">
      ${COLOUR_NAMES.map(
        (name) => html`<div class="colour">
          <input type="color" id=${`colour-${name}`} .value=${colours[name]} aria-describedby=${pairsOf(name).join(' ')}
            @input=${(e: Event) => this.update_((d) => (d.colours[name] = (e.target as HTMLInputElement).value))} />
          <label for=${`colour-${name}`}>${s.colourNames[name]} <code>--consent-${name}</code> <code>${colours[name]}</code></label>
        </div>`,
      )}
    </div>
    <ul class="contrast">
      ${TEXT_PAIRS.map((pair) => {
        const key = pairKey(pair);
        const problems = this.parts.problemsFor(`colour:${key}`);
        const ratio = formatRatio(contrastRatio(colours[pair[0]], colours[pair[1]]));
        return html`<li id=${`contrast-${key.replace('/', '-on-')}`} class=${problems.length ? 'problem' : 'ok'} data-pair=${key}>
          <strong>${s.contrastPair(s.colourNames[pair[0]], s.colourNames[pair[1]])}</strong>:
          ${problems.length ? problems.map((p) => this.parts.problemText(p)) : s.contrastOk(ratio)}
        </li>`;
      })}
    </ul>
    ${this.store.built.problems.some((p) => p.field.startsWith('colour:')) ? html`<p class="problem">${s.coloursNotApplied}</p>` : nothing}`;
  }

  private renderOptionsSection(): TemplateResult {
    const s = this.s;
    const settings = this.store.settings;
    return html`<section aria-labelledby="options-heading">
      <h2 id="options-heading">${s.options}</h2>
      ${this.parts.checkbox('google-consent-mode', s.googleConsentMode, settings.googleConsentMode, (v) => this.update_((d) => (d.googleConsentMode = v)),
        html`${s.googleConsentModeHint} ${this.parts.readme('google-consent-mode-v2')}`)}
      ${this.parts.checkbox('auto-block', s.autoBlock, settings.autoBlock, (v) => this.update_((d) => (d.autoBlock = v)), html`${s.autoBlockHint} ${this.parts.readme('autoblock-off-by-default')}`)}
      <div class="card">
        <h3>${s.gpc}</h3>
        <p class="hint">${s.gpcHint} ${this.parts.readme('global-privacy-control')}</p>
      </div>
      <fieldset class="card">
        <legend>${s.mailOptOut}</legend>
        <p class="hint">${s.mailOptOutHint} ${this.parts.readme('1-stopping-marketing-e-mail-from-a-link-in-the-e-mail', s.readmeMailOptOut)} · ${this.parts.readme('4-consent-records', s.readmeRecords)}</p>
        ${this.parts.textField('unsubscribeEndpoint', s.unsubscribeEndpoint, settings.unsubscribeEndpoint, (v) => this.update_((d) => (d.unsubscribeEndpoint = v)), undefined, 'url')}
        ${this.parts.textField('recordEndpoint', s.recordEndpoint, settings.recordEndpoint, (v) => this.update_((d) => (d.recordEndpoint = v)), undefined, 'url')}
        ${this.parts.textField('optOutParam', s.optOutParam, settings.optOutParam, (v) => this.update_((d) => (d.optOutParam = v)))}
        ${this.parts.textField('optOutTokenParam', s.optOutTokenParam, settings.optOutTokenParam, (v) => this.update_((d) => (d.optOutTokenParam = v)))}
      </fieldset>
      <fieldset class="field">
        <legend>${s.delivery}</legend>
        <label class="radio"><input type="radio" name="delivery" value="self" .checked=${settings.delivery === 'self'} @change=${() => this.update_((d) => (d.delivery = 'self'))} /> ${s.deliverySelf}</label>
        <label class="radio"><input type="radio" name="delivery" value="cdn" .checked=${settings.delivery === 'cdn'} @change=${() => this.update_((d) => (d.delivery = 'cdn'))} /> ${s.deliveryCdn}</label>
      </fieldset>
      ${settings.delivery === 'self' ? this.parts.textField('scriptPath', s.scriptPath, settings.scriptPath, (v) => this.update_((d) => (d.scriptPath = v)), s.scriptPathHint) : nothing}
    </section>`;
  }

  protected override render(): TemplateResult {
    return html`${this.renderHeader()}
      <main class="layout">
        <div class="form">
          ${this.renderBasics()} ${this.renderCategories()}
          <configurator-vendors .store=${this.store} .uiLang=${this.uiLang}></configurator-vendors>
          ${this.renderAppearance()} ${this.renderOptionsSection()}
        </div>
        <div class="side"><configurator-preview .store=${this.store} .uiLang=${this.uiLang}></configurator-preview></div>
        <configurator-outputs .store=${this.store} .uiLang=${this.uiLang} .cdn=${this.release.cdn}></configurator-outputs>
      </main>`;
  }
}
