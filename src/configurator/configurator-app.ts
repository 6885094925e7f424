// <consent-configurator>: the page. It renders the store's settings as a form, the live preview and the
// outputs, and turns each input into a store.update(); the rules live in the plain modules beside it.
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { VENDOR_CATALOGUE } from '../catalogue/vendors.js';
import { LAYOUTS, THEMES } from '../core/config-types.js';
import { localize } from '../core/localized-text.js';
import { newCategoryIdProblem, type FieldProblem } from './build-config.js';
import { searchCatalogue, vendorName } from './catalogue-search.js';
import { contrastRatio, formatRatio, pairKey, TEXT_PAIRS } from './contrast.js';
import { README_URL, STRINGS, type Strings } from './i18n.js';
import { checklist, checklistText, configJson, disclosureHtml, scriptSource, scriptTag, type ScriptSource } from './outputs.js';
import { PREVIEW_COOKIE, previewDocument } from './preview.js';
import { parseScan } from './scan-import.js';
import { COLOUR_NAMES, emptyPair, pairText, type Settings, type SiteCategory, type SiteLanguage, type SiteVendor, type TextPair } from './state.js';
import { ConfiguratorStore } from './store.js';
import { copyText, downloadText } from './transfer.js';

type UiLanguage = SiteLanguage;
const UI_LANG_KEY = 'consent-banner-configurator-lang';
/** Where the checked-in widget lives, relative to this file in dist/configurator/. */
const WIDGET_URL = new URL('../consent-banner.js', import.meta.url).href;
const EMBED_URL = new URL('./sample-embed.html', import.meta.url).href;
const PREVIEW_PAGE_URL = new URL('./preview.html', import.meta.url).href;
const PREVIEW_DELAY_MS = 150;

/** The preview frame's page reads the document to write from this property of its `<iframe>`. */
type PreviewFrame = HTMLIFrameElement & { previewDocument?: string };

const newCategory = (): SiteCategory => ({ id: '', title: emptyPair(), description: emptyPair(), whenOff: emptyPair(), sellOrShare: false });
const fieldId = (field: string) => `field-${field.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
const problemsId = (field: string) => `problems-${field.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;

export interface ConfiguratorRelease {
  /** The CDN tag's source and integrity, as scripts/sri.mjs records them in the README. */
  cdn: ScriptSource;
}

export class ConsentConfigurator extends LitElement {
  static override properties = {
    uiLang: { state: true },
    searchQuery: { state: true },
    scanText: { state: true },
    scanMessage: { state: true },
    draftCategory: { state: true },
    draftCategoryProblem: { state: true },
    categoryMessage: { state: true },
    previewLang: { state: true },
    viewport: { state: true },
    copyStatus: { state: true },
  };

  release: ConfiguratorRelease = { cdn: { src: '' } };
  uiLang: UiLanguage = 'ja';
  searchQuery = '';
  scanText = '';
  scanMessage: { kind: 'error' | 'done'; text: string } | undefined;
  draftCategory: SiteCategory = newCategory();
  draftCategoryProblem: { message: string; source: 'widget' | 'configurator' } | undefined;
  categoryMessage = '';
  previewLang: SiteLanguage = 'ja';
  viewport: 'phone' | 'desktop' = 'desktop';
  copyStatus: Record<string, string> = {};

  private store!: ConfiguratorStore;
  private previewTimer: ReturnType<typeof setTimeout> | undefined;
  private shownPreview = '';

  // Light DOM: the page's stylesheet styles it, and its labels and fields are plain document nodes.
  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.uiLang = this.initialLanguage();
    this.store = new ConfiguratorStore(window, this.uiLang);
    this.previewLang = this.store.settings.siteLang;
    this.store.subscribe(() => {
      this.requestUpdate();
      this.schedulePreview();
    });
    this.applyLanguage();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.previewTimer);
  }

  protected override firstUpdated(): void {
    this.refreshPreview();
  }

  private get s(): Strings {
    return STRINGS[this.uiLang];
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

  private update_(change: (draft: Settings) => void): void {
    this.store.update(change);
  }

  // ---- Preview

  private schedulePreview(): void {
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => this.refreshPreview(), PREVIEW_DELAY_MS);
  }

  /**
   * The preview runs the current config even while it has problems, so every change shows at once: the
   * widget falls back as it would on a site, and the outputs stay withheld until the problems are fixed.
   * Colours are the exception: a pair that fails contrast is refused, so the widget's own colours stay.
   */
  private previewHtml(): string {
    const { settings } = this.store;
    return previewDocument({
      config: this.store.built.config,
      colours: settings.customColours && !this.store.built.problems.some((p) => p.field.startsWith('colour:')) ? settings.colours : undefined,
      lang: this.previewLang,
      widgetUrl: WIDGET_URL,
      embedUrl: EMBED_URL,
    });
  }

  /** Rebuilds the frame when what it would show has changed (or when asked to, after a reset). */
  private refreshPreview(force = false): void {
    const frame = this.querySelector<PreviewFrame>('#preview-frame');
    const page = this.previewHtml();
    if (!frame || (!force && page === this.shownPreview)) return;
    this.shownPreview = page;
    frame.previewDocument = page;
    // A fresh load each time: the widget reads its config once, as it starts.
    frame.src = `${PREVIEW_PAGE_URL}?v=${Date.now()}`;
  }

  private resetPreviewConsent(): void {
    const frame = this.querySelector<PreviewFrame>('#preview-frame');
    const doc = frame?.contentDocument;
    if (doc) doc.cookie = `${PREVIEW_COOKIE}=; Max-Age=0; Path=/`;
    this.refreshPreview(true);
  }

  // ---- Outputs

  private async copy(key: string, text: string): Promise<void> {
    const done = await copyText(text);
    this.copyStatus = { ...this.copyStatus, [key]: done ? this.s.copied : this.s.copyFailed };
  }

  // ---- Scan import

  private importScan(text: string): void {
    const result = parseScan(text);
    if (!result.ok) {
      const s = this.s;
      this.scanMessage = {
        kind: 'error',
        text: result.error === 'empty' ? s.scanEmpty : result.error === 'notJson' ? s.scanNotJson(result.detail ?? '') : s.scanNotScan,
      };
      return;
    }
    const known = new Set(this.store.settings.vendors.map((v) => v.id));
    const fresh = result.vendors.filter((v) => !known.has(v.id));
    this.update_((draft) => draft.vendors.push(...fresh));
    const needsReview = fresh.some((v) => v.kind === 'site');
    this.scanMessage = { kind: 'done', text: `${this.s.scanImported(fresh.length, result.vendors.length - fresh.length)}${needsReview ? ` ${this.s.scanReview}` : ''}` };
    this.scanText = '';
  }

  private async importFile(file: File | undefined | null): Promise<void> {
    if (file) this.importScan(await file.text());
  }

  // ---- Categories

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

  private categoryTitle(id: string): string {
    const own = this.store.settings.siteCategories.find((c) => c.id === id);
    return (own && (pairText(own.title, this.uiLang) || own.id)) || this.s.builtInTitles[id] || id;
  }

  private categoryIds(): string[] {
    const { settings } = this.store;
    return ['service', ...(['analytics', 'marketing'] as const).filter((id) => settings[id].included), ...settings.siteCategories.map((c) => c.id)];
  }

  // ---- Rendering helpers

  private problemsFor(field: string): FieldProblem[] {
    return this.store.built.problems.filter((p) => p.field === field);
  }

  private problemText(problem: FieldProblem): TemplateResult | string {
    if (problem.source === 'widget') {
      if (this.uiLang === 'en') return problem.message;
      const gloss = problem.code ? this.s.widgetProblemGloss[problem.code] : undefined;
      return html`${gloss ? html`${gloss} ` : nothing}${this.s.widgetSays} <span lang="en">${problem.message}</span>`;
    }
    const entry = this.s[problem.message as keyof Strings] as unknown;
    return typeof entry === 'function' ? (entry as (...args: unknown[]) => string)(...Object.values(problem.params ?? {})) : String(entry);
  }

  private renderProblems(field: string): TemplateResult {
    const problems = this.problemsFor(field);
    return html`<ul class="problems" id=${problemsId(field)} ?hidden=${!problems.length}>
      ${problems.map((p) => html`<li class="problem">${this.problemText(p)}</li>`)}
    </ul>`;
  }

  private describedBy(field: string, hint?: string): string {
    return [hint, this.problemsFor(field).length ? problemsId(field) : undefined].filter(Boolean).join(' ');
  }

  private textField(field: string, label: string, value: string, onInput: (value: string) => void, hint?: string, type = 'text'): TemplateResult {
    const id = fieldId(field);
    const hintId = hint ? `${id}-hint` : undefined;
    const invalid = this.problemsFor(field).length > 0;
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id=${hintId!}>${hint}</p>` : nothing}
      <input
        id=${id}
        type=${type}
        .value=${value}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${this.describedBy(field, hintId) || nothing}
        @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
      />
      ${this.renderProblems(field)}
    </div>`;
  }

  /** A text in both languages: two inputs side by side. */
  private pairFields(idPrefix: string, label: string, pair: TextPair, onInput: (pair: TextPair) => void, describedBy = '', multiline = false): TemplateResult {
    const input = (lang: 'ja' | 'en') => {
      const id = `${idPrefix}-${lang}`;
      const set = (e: Event) => onInput({ ...pair, [lang]: (e.target as HTMLInputElement).value });
      return html`<div class="field">
        <label for=${id}>${this.s.inLanguage(label, lang)}</label>
        ${multiline
          ? html`<textarea id=${id} lang=${lang} rows="2" .value=${pair[lang]} aria-describedby=${describedBy || nothing} @input=${set}></textarea>`
          : html`<input id=${id} lang=${lang} type="text" .value=${pair[lang]} aria-describedby=${describedBy || nothing} @input=${set} />`}
      </div>`;
    };
    return html`<div class="pair">${input('ja')}${input('en')}</div>`;
  }

  private readme(anchor: string, label = this.s.readmeLink): TemplateResult {
    return html`<a class="readme" href=${`${README_URL}#${anchor}`} target="_blank" rel="noopener">${label}</a>`;
  }

  private checkbox(id: string, label: string, checked: boolean, onChange: (checked: boolean) => void, hint?: TemplateResult | string): TemplateResult {
    return html`<div class="check">
      <input type="checkbox" id=${id} .checked=${checked} aria-describedby=${hint ? `${id}-hint` : nothing} @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)} />
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
    </div>`;
  }

  // ---- Sections

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
    this.scanMessage = undefined;
    this.scanText = '';
    this.searchQuery = '';
    this.draftCategory = newCategory();
    this.draftCategoryProblem = undefined;
    this.categoryMessage = '';
    this.previewLang = this.store.settings.siteLang;
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
              @change=${() => {
                this.previewLang = lang;
                this.update_((d) => (d.siteLang = lang));
              }} />
            ${lang === 'ja' ? s.japanese : s.english}</label
          >`,
        )}
      </fieldset>
      ${this.textField('policyUrl', s.policyUrl, settings.policyUrl, (v) => this.update_((d) => (d.policyUrl = v)), s.policyUrlHint)}
      ${this.textField('disclosureUrl', s.disclosureUrl, settings.disclosureUrl, (v) => this.update_((d) => (d.disclosureUrl = v)), s.disclosureUrlHint)}
      ${this.textField('revision', s.revision, settings.revision, (v) => this.update_((d) => (d.revision = v)), s.revisionHint)}
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
      ${this.pairFields(`${prefix}-title`, s.categoryTitle, category.title, (v) => set((c) => (c.title = v)), this.describedBy(field))}
      ${this.pairFields(`${prefix}-description`, s.categoryDescription, category.description, (v) => set((c) => (c.description = v)), this.describedBy(field), true)}
      ${this.pairFields(`${prefix}-when-off`, s.whenOff, category.whenOff, (v) => set((c) => (c.whenOff = v)))}
      ${this.checkbox(`${prefix}-sell`, s.sellOrShare, category.sellOrShare, (v) => set((c) => (c.sellOrShare = v)))}
      ${this.renderProblems(field)}
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
          ${this.checkbox(`include-${id}`, s.includeCategory(s.builtInTitles[id]), settings[id].included, (v) => this.update_((d) => (d[id].included = v)))}
          ${settings[id].included
            ? this.pairFields(`when-off-${id}`, s.builtInWhenOff(s.builtInTitles[id]), settings[id].whenOff, (v) => this.update_((d) => (d[id].whenOff = v)))
            : nothing}
          ${this.renderProblems(`category:${id}`)}
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
                ? this.problemText({ field: '', source: 'widget', level: 'error', message: idProblem.message, code: 'categoryId' })
                : (this.s[idProblem.message as keyof Strings] as string)
              : ''}
          </p>
        </div>
        ${this.pairFields('new-category-title', s.categoryTitle, draft.title, (v) => setDraft({ title: v }))}
        ${this.pairFields('new-category-description', s.categoryDescription, draft.description, (v) => setDraft({ description: v }), '', true)}
        ${this.pairFields('new-category-when-off', s.whenOff, draft.whenOff, (v) => setDraft({ whenOff: v }))}
        ${this.checkbox('new-category-sell', s.sellOrShare, draft.sellOrShare, (v) => setDraft({ sellOrShare: v }), s.sellOrShareHint)}
        <button type="button" id="add-category" @click=${() => this.addCategory()}>${s.addCategory}</button>
        <p role="status" class="status">${this.categoryMessage}</p>
      </fieldset>
    </section>`;
  }

  private renderSiteVendor(vendor: SiteVendor, index: number): TemplateResult {
    const s = this.s;
    const field = `vendor:${index}`;
    const prefix = `vendor-${index}`;
    const set = (change: (v: SiteVendor) => void) => this.update_((d) => change(d.vendors[index] as SiteVendor));
    const described = this.describedBy(field);
    const text = (key: 'id' | 'policyUrl' | 'optOutUrl' | 'cookies' | 'domains', label: string) =>
      html`<div class="field">
        <label for=${`${prefix}-${key}`}>${label}</label>
        <input id=${`${prefix}-${key}`} type="text" .value=${vendor[key]} aria-describedby=${described || nothing} @input=${(e: Event) => set((v) => (v[key] = (e.target as HTMLInputElement).value))} />
      </div>`;
    return html`${text('id', s.vendorId)}
      ${this.pairFields(`${prefix}-name`, s.vendorName, vendor.name, (v) => set((x) => (x.name = v)), described)}
      <div class="field">
        <label for=${`${prefix}-category`}>${s.vendorCategory}</label>
        <select id=${`${prefix}-category`} aria-describedby=${described || nothing} @change=${(e: Event) => set((v) => (v.category = (e.target as HTMLSelectElement).value))}>
          ${[...new Set([...this.categoryIds(), vendor.category])].map((id) => html`<option value=${id} ?selected=${id === vendor.category}>${this.categoryTitle(id)}</option>`)}
        </select>
      </div>
      ${this.pairFields(`${prefix}-data`, s.vendorData, vendor.data, (v) => set((x) => (x.data = v)), described, true)}
      ${this.pairFields(`${prefix}-purpose`, s.vendorPurpose, vendor.purpose, (v) => set((x) => (x.purpose = v)), described, true)}
      ${text('policyUrl', s.vendorPolicyUrl)} ${text('optOutUrl', s.vendorOptOutUrl)} ${text('cookies', s.vendorCookies)} ${text('domains', s.vendorDomains)}`;
  }

  /** A catalogue vendor's category: the catalogue's, or one the site chooses instead. */
  private renderCatalogueCategory(id: string, chosen: string | undefined, index: number): TemplateResult {
    const s = this.s;
    const field = `vendor:${index}`;
    const own = VENDOR_CATALOGUE[id]?.category ?? '';
    const options = [...new Set([...this.categoryIds(), ...(chosen ? [chosen] : [])])].filter((c) => c !== own);
    return html`<div class="field">
      <label for=${`vendor-${index}-category`}>${s.vendorCategory}</label>
      <select id=${`vendor-${index}-category`} aria-describedby=${this.describedBy(field) || nothing}
        @change=${(e: Event) => {
          const value = (e.target as HTMLSelectElement).value;
          this.update_((d) => {
            const vendor = d.vendors[index];
            if (vendor.kind === 'catalogue') vendor.category = value === own ? undefined : value;
          });
        }}>
        <option value=${own} ?selected=${!chosen || chosen === own}>${s.catalogueCategory(this.categoryTitle(own))}</option>
        ${options.map((c) => html`<option value=${c} ?selected=${c === chosen}>${this.categoryTitle(c)}</option>`)}
      </select>
    </div>`;
  }

  private renderVendors(): TemplateResult {
    const s = this.s;
    const settings = this.store.settings;
    const chosen = new Set(settings.vendors.map((v) => v.id));
    const results = searchCatalogue(this.searchQuery);
    return html`<section aria-labelledby="vendors-heading">
      <h2 id="vendors-heading">${s.vendors}</h2>
      <p class="hint">${s.vendorsHint} ${this.readme('5-external-transmission-disclosure-外部送信規律')}</p>

      <fieldset
        class="card drop-zone"
        @dragover=${(e: DragEvent) => e.preventDefault()}
        @drop=${(e: DragEvent) => {
          e.preventDefault();
          void this.importFile(e.dataTransfer?.files[0]);
        }}
      >
        <legend>${s.importScan}</legend>
        <p class="hint" id="scan-hint">${s.importScanHint} ${this.readme('scanning-a-site-what-does-it-send-before-consent')}</p>
        <div class="field">
          <label for="scan-file">${s.scanFile}</label>
          <input id="scan-file" type="file" accept=".json,application/json" aria-describedby="scan-hint scan-message"
            @change=${(e: Event) => void this.importFile((e.target as HTMLInputElement).files?.[0])} />
          <p class="hint">${s.dropHere}</p>
        </div>
        <div class="field">
          <label for="scan-paste">${s.scanPaste}</label>
          <textarea id="scan-paste" rows="3" spellcheck="false" .value=${this.scanText} aria-describedby="scan-message"
            @input=${(e: Event) => (this.scanText = (e.target as HTMLTextAreaElement).value)}></textarea>
        </div>
        <button type="button" id="import-scan" @click=${() => this.importScan(this.scanText)}>${s.importButton}</button>
        <p id="scan-message" role="status" class=${this.scanMessage?.kind === 'error' ? 'problem' : 'status'}>${this.scanMessage?.text ?? ''}</p>
      </fieldset>

      <div class="card">
        <div class="field">
          <label for="catalogue-search">${s.searchCatalogue}</label>
          <p class="hint" id="catalogue-search-hint">${s.searchHint}</p>
          <input id="catalogue-search" type="search" .value=${this.searchQuery} aria-describedby="catalogue-search-hint catalogue-count"
            aria-controls="catalogue-results" @input=${(e: Event) => (this.searchQuery = (e.target as HTMLInputElement).value)} />
          <p id="catalogue-count" class="hint" aria-live="polite">${s.searchResults(results.length)}</p>
        </div>
        <ul id="catalogue-results" class="results">
          ${results.map((vendor) => {
            const name = localize(vendor.name, this.uiLang) ?? vendor.id;
            const added = chosen.has(vendor.id);
            return html`<li data-vendor=${vendor.id}>
              <span class="result-name">${name}</span>
              <span class="result-meta">${this.categoryTitle(vendor.category)} · ${vendor.domains.slice(0, 2).join(', ')}</span>
              <button type="button" ?disabled=${added} aria-label=${added ? `${name}: ${s.alreadyAdded}` : s.addVendorNamed(name)}
                @click=${() => this.update_((d) => d.vendors.push({ kind: 'catalogue', id: vendor.id }))}>
                ${added ? s.alreadyAdded : s.addVendor}
              </button>
            </li>`;
          })}
        </ul>
        <button type="button" id="add-site-vendor"
          @click=${() =>
            this.update_((d) =>
              d.vendors.push({ kind: 'site', id: `vendor-${d.vendors.length + 1}`, name: emptyPair(), category: 'marketing', data: emptyPair(), purpose: emptyPair(), policyUrl: '', optOutUrl: '', cookies: '', domains: '' }),
            )}>
          ${s.addByHand}
        </button>
      </div>

      <h3>${s.chosenVendors}</h3>
      ${settings.vendors.length
        ? html`<ul class="cards" id="chosen-vendors">
            ${settings.vendors.map((vendor, index) => {
              const name = vendor.kind === 'catalogue' ? vendorName(vendor.id, this.uiLang) : pairText(vendor.name, this.uiLang) || vendor.id;
              const seen = vendor.seen ? [...vendor.seen.hosts, ...vendor.seen.cookies] : [];
              return html`<li class="card" data-vendor=${vendor.id}>
                <h4>${name} ${vendor.kind === 'catalogue' ? html`<span class="tag">${s.fromCatalogue}</span>` : nothing}</h4>
                ${vendor.kind === 'catalogue' ? this.renderCatalogueCategory(vendor.id, vendor.category, index) : this.renderSiteVendor(vendor, index)}
                ${seen.length ? html`<p class="hint">${s.seenByScan(seen.join(', '))}</p>` : nothing}
                ${this.renderProblems(`vendor:${index}`)}
                <button type="button" class="remove" @click=${() => this.update_((d) => d.vendors.splice(index, 1))}>${s.removeVendor(name)}</button>
              </li>`;
            })}
          </ul>`
        : html`<p>${s.noVendors}</p>`}
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
      ${this.checkbox('custom-colours', s.customColours, settings.customColours, (v) => this.update_((d) => (d.customColours = v)), html`${s.customColoursHint} ${this.readme('styling')}`)}
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
        const problems = this.problemsFor(`colour:${key}`);
        const ratio = formatRatio(contrastRatio(colours[pair[0]], colours[pair[1]]));
        return html`<li id=${`contrast-${key.replace('/', '-on-')}`} class=${problems.length ? 'problem' : 'ok'} data-pair=${key}>
          <strong>${s.contrastPair(s.colourNames[pair[0]], s.colourNames[pair[1]])}</strong>:
          ${problems.length ? problems.map((p) => this.problemText(p)) : s.contrastOk(ratio)}
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
      ${this.checkbox('google-consent-mode', s.googleConsentMode, settings.googleConsentMode, (v) => this.update_((d) => (d.googleConsentMode = v)),
        html`${s.googleConsentModeHint} ${this.readme('google-consent-mode-v2')}`)}
      ${this.checkbox('auto-block', s.autoBlock, settings.autoBlock, (v) => this.update_((d) => (d.autoBlock = v)), html`${s.autoBlockHint} ${this.readme('autoblock-off-by-default')}`)}
      <div class="card">
        <h3>${s.gpc}</h3>
        <p class="hint">${s.gpcHint} ${this.readme('global-privacy-control')}</p>
      </div>
      <fieldset class="card">
        <legend>${s.mailOptOut}</legend>
        <p class="hint">${s.mailOptOutHint} ${this.readme('1-stopping-marketing-e-mail-from-a-link-in-the-e-mail', s.readmeMailOptOut)} · ${this.readme('4-consent-records', s.readmeRecords)}</p>
        ${this.textField('unsubscribeEndpoint', s.unsubscribeEndpoint, settings.unsubscribeEndpoint, (v) => this.update_((d) => (d.unsubscribeEndpoint = v)), undefined, 'url')}
        ${this.textField('recordEndpoint', s.recordEndpoint, settings.recordEndpoint, (v) => this.update_((d) => (d.recordEndpoint = v)), undefined, 'url')}
        ${this.textField('optOutParam', s.optOutParam, settings.optOutParam, (v) => this.update_((d) => (d.optOutParam = v)))}
        ${this.textField('optOutTokenParam', s.optOutTokenParam, settings.optOutTokenParam, (v) => this.update_((d) => (d.optOutTokenParam = v)))}
      </fieldset>
      <fieldset class="field">
        <legend>${s.delivery}</legend>
        <label class="radio"><input type="radio" name="delivery" value="self" .checked=${settings.delivery === 'self'} @change=${() => this.update_((d) => (d.delivery = 'self'))} /> ${s.deliverySelf}</label>
        <label class="radio"><input type="radio" name="delivery" value="cdn" .checked=${settings.delivery === 'cdn'} @change=${() => this.update_((d) => (d.delivery = 'cdn'))} /> ${s.deliveryCdn}</label>
      </fieldset>
      ${settings.delivery === 'self' ? this.textField('scriptPath', s.scriptPath, settings.scriptPath, (v) => this.update_((d) => (d.scriptPath = v)), s.scriptPathHint) : nothing}
    </section>`;
  }

  private renderPreview(): TemplateResult {
    const s = this.s;
    return html`<section aria-labelledby="preview-heading" class="preview">
      <h2 id="preview-heading">${s.preview}</h2>
      <div class="preview-controls">
        <div role="group" aria-label=${s.previewLanguage} class="segmented">
          ${(['ja', 'en'] as const).map(
            (lang) => html`<button type="button" lang=${lang} aria-pressed=${this.previewLang === lang ? 'true' : 'false'}
              @click=${() => {
                this.previewLang = lang;
                this.updateComplete.then(() => this.refreshPreview());
              }}>${lang === 'ja' ? '日本語' : 'English'}</button>`,
          )}
        </div>
        <div role="group" aria-label=${s.viewport} class="segmented">
          ${(['phone', 'desktop'] as const).map(
            (size) => html`<button type="button" aria-pressed=${this.viewport === size ? 'true' : 'false'} @click=${() => (this.viewport = size)}>
              ${size === 'phone' ? s.phone : s.desktop}</button>`,
          )}
        </div>
        <button type="button" id="reset-preview" @click=${() => this.resetPreviewConsent()}>${s.resetConsent}</button>
      </div>
      <div class="frame-box ${this.viewport}">
        <iframe id="preview-frame" title=${s.previewFrame}></iframe>
      </div>
    </section>`;
  }

  private renderOutput(key: string, title: string, hint: string, text: string, fileName: string, type: string): TemplateResult {
    const s = this.s;
    return html`<div class="output card" data-output=${key}>
      <h3 id=${`output-${key}-title`}>${title}</h3>
      <p class="hint" id=${`output-${key}-hint`}>${hint}</p>
      <textarea id=${`output-${key}`} readonly rows="8" spellcheck="false" aria-labelledby=${`output-${key}-title`} aria-describedby=${`output-${key}-hint`} .value=${text}></textarea>
      <div class="output-actions">
        <button type="button" data-copy=${key} aria-label=${s.copyNamed(title)} @click=${() => this.copy(key, text)}>${s.copy}</button>
        <button type="button" data-download=${key} aria-label=${s.downloadNamed(title)} @click=${() => downloadText(fileName, type, text)}>${s.download}</button>
        <span role="status" class="status">${this.copyStatus[key] ?? ''}</span>
      </div>
    </div>`;
  }

  private renderOutputs(): TemplateResult {
    const s = this.s;
    const { built, settings } = this.store;
    const general = this.problemsFor('general');
    if (built.problems.length) {
      return html`<section id="outputs" aria-labelledby="outputs-heading" tabindex="-1">
        <h2 id="outputs-heading">${s.outputs}</h2>
        <p class="problem" id="outputs-blocked">${s.outputsBlocked(built.problems.length)}</p>
        ${general.length ? html`<h3>${s.generalProblems}</h3>${this.renderProblems('general')}` : nothing}
      </section>`;
    }
    const colours = settings.customColours ? settings.colours : undefined;
    const tag = scriptTag(built.config, scriptSource(settings, this.release.cdn), colours);
    const page = disclosureHtml(built.resolved, settings.siteLang);
    const items = checklist(built.resolved, settings, this.uiLang, (id) => this.categoryTitle(id));
    return html`<section id="outputs" aria-labelledby="outputs-heading" tabindex="-1">
      <h2 id="outputs-heading">${s.outputs}</h2>
      ${this.renderOutput('tag', s.outputTag, s.outputTagHint, tag, 'consent-banner-tag.html', 'text/html')}
      ${this.renderOutput('disclosure', s.outputDisclosure, s.outputDisclosureHint, page, 'external-transmission.html', 'text/html')}
      ${this.renderOutput('checklist', s.outputChecklist, s.outputChecklistHint, checklistText(items, s), 'consent-banner-checklist.txt', 'text/plain')}
      ${this.renderOutput('json', s.outputJson, s.outputJsonHint, configJson(built.config), 'consent-banner-config.json', 'application/json')}
    </section>`;
  }

  protected override render(): TemplateResult {
    return html`${this.renderHeader()}
      <main class="layout">
        <div class="form">
          ${this.renderBasics()} ${this.renderCategories()} ${this.renderVendors()} ${this.renderAppearance()} ${this.renderOptionsSection()}
        </div>
        <div class="side">${this.renderPreview()}</div>
        ${this.renderOutputs()}
      </main>`;
  }
}
