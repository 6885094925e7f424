// <configurator-vendors>: the recipients of data, from a scan, the catalogue or typed by hand.
import { html, nothing, type TemplateResult } from 'lit';
import { VENDOR_CATALOGUE } from '../catalogue/vendors.js';
import { localize } from '../core/localized-text.js';
import { searchCatalogue, vendorName } from './catalogue-search.js';
import { parseScan } from './scan-import.js';
import { ConfiguratorSection } from './section.js';
import { emptyPair, pairText, type SiteVendor } from './state.js';

export class ConfiguratorVendors extends ConfiguratorSection {
  static override properties = {
    ...ConfiguratorSection.properties,
    searchQuery: { state: true },
    scanText: { state: true },
    scanMessage: { state: true },
  };

  searchQuery = '';
  scanText = '';
  scanMessage: { kind: 'error' | 'done'; text: string } | undefined;

  /** Forgets what was typed into the search and import fields ("Start over"). */
  clear(): void {
    this.searchQuery = '';
    this.scanText = '';
    this.scanMessage = undefined;
  }

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

  /** A catalogue vendor's category: the catalogue's, or one the site chooses instead. */
  private renderCatalogueCategory(id: string, chosen: string | undefined, index: number): TemplateResult {
    const s = this.s;
    const field = `vendor:${index}`;
    const own = VENDOR_CATALOGUE[id]?.category ?? '';
    const options = [...new Set([...this.categoryIds(), ...(chosen ? [chosen] : [])])].filter((c) => c !== own);
    return html`<div class="field">
      <label for=${`vendor-${index}-category`}>${s.vendorCategory}</label>
      <select id=${`vendor-${index}-category`} aria-describedby=${this.parts.describedBy(field) || nothing}
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

  private renderSiteVendor(vendor: SiteVendor, index: number): TemplateResult {
    const s = this.s;
    const field = `vendor:${index}`;
    const prefix = `vendor-${index}`;
    const set = (change: (v: SiteVendor) => void) => this.update_((d) => change(d.vendors[index] as SiteVendor));
    const described = this.parts.describedBy(field);
    const text = (key: 'id' | 'policyUrl' | 'optOutUrl' | 'cookies' | 'domains', label: string) =>
      html`<div class="field">
        <label for=${`${prefix}-${key}`}>${label}</label>
        <input id=${`${prefix}-${key}`} type="text" .value=${vendor[key]} aria-describedby=${described || nothing} @input=${(e: Event) => set((v) => (v[key] = (e.target as HTMLInputElement).value))} />
      </div>`;
    return html`${text('id', s.vendorId)}
      ${this.parts.pairFields(`${prefix}-name`, s.vendorName, vendor.name, (v) => set((x) => (x.name = v)), described)}
      <div class="field">
        <label for=${`${prefix}-category`}>${s.vendorCategory}</label>
        <select id=${`${prefix}-category`} aria-describedby=${described || nothing} @change=${(e: Event) => set((v) => (v.category = (e.target as HTMLSelectElement).value))}>
          ${[...new Set([...this.categoryIds(), vendor.category])].map((id) => html`<option value=${id} ?selected=${id === vendor.category}>${this.categoryTitle(id)}</option>`)}
        </select>
      </div>
      ${this.parts.pairFields(`${prefix}-data`, s.vendorData, vendor.data, (v) => set((x) => (x.data = v)), described, true)}
      ${this.parts.pairFields(`${prefix}-purpose`, s.vendorPurpose, vendor.purpose, (v) => set((x) => (x.purpose = v)), described, true)}
      ${text('policyUrl', s.vendorPolicyUrl)} ${text('optOutUrl', s.vendorOptOutUrl)} ${text('cookies', s.vendorCookies)} ${text('domains', s.vendorDomains)}`;
  }

  protected override render(): TemplateResult {
    const s = this.s;
    const settings = this.store.settings;
    const chosen = new Set(settings.vendors.map((v) => v.id));
    const results = searchCatalogue(this.searchQuery);
    return html`<section aria-labelledby="vendors-heading">
      <h2 id="vendors-heading">${s.vendors}</h2>
      <p class="hint">${s.vendorsHint} ${this.parts.readme('5-external-transmission-disclosure-外部送信規律')}</p>

      <fieldset
        class="card drop-zone"
        @dragover=${(e: DragEvent) => e.preventDefault()}
        @drop=${(e: DragEvent) => {
          e.preventDefault();
          void this.importFile(e.dataTransfer?.files[0]);
        }}
      >
        <legend>${s.importScan}</legend>
        <p class="hint" id="scan-hint">${s.importScanHint} ${this.parts.readme('scanning-a-site-what-does-it-send-before-consent')}</p>
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
                ${this.parts.renderProblems(`vendor:${index}`)}
                <button type="button" class="remove" @click=${() => this.update_((d) => d.vendors.splice(index, 1))}>${s.removeVendor(name)}</button>
              </li>`;
            })}
          </ul>`
        : html`<p>${s.noVendors}</p>`}
    </section>`;
  }
}

customElements.define('configurator-vendors', ConfiguratorVendors);
