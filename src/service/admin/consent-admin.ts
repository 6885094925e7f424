import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { AdminApiError, createAdminApi, type AdminApi, type Stats, type StoredRecord, type Suppression } from './api.js';
import { grantedShare } from './category-chart.js';
import { ADMIN_LANGUAGES, pickLanguage, type AdminLanguage } from './i18n/index.js';
import type { AdminStrings } from './i18n/types.js';

/** The token lives in this tab's sessionStorage: typed once, gone when the tab closes. */
const TOKEN_KEY = 'consent-admin-token';
const DAY_MS = 86_400_000;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

function readToken(): string {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    return ''; // Blocked storage: the owner signs in again on each load.
  }
}
function writeToken(token: string) {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Kept in memory for this page view only.
  }
}

/**
 * The service's admin page: consent-rate chart, per-category rates, lookup by consent id, exports and the
 * suppression list. Rendered in light DOM, styled by admin.css, so it runs under the service's strict CSP
 * (no inline styles or scripts; bar widths are set through the CSSOM in updated()).
 */
export class ConsentAdminElement extends LitElement {
  static override properties = {
    language: { state: true },
    token: { state: true },
    signedIn: { state: true },
    problem: { state: true },
    busy: { state: true },
    from: { state: true },
    to: { state: true },
    stats: { state: true },
    lookedUp: { state: true },
    lookupRecords: { state: true },
    category: { state: true },
    suppressions: { state: true },
    announcement: { state: true },
  };

  language: AdminLanguage = pickLanguage(location.search, navigator.languages ?? [navigator.language]);
  token = readToken();
  signedIn = false;
  /** The last problem, shown in an alert: a refused token, the admin API off, the service unreachable. */
  problem = '';
  busy = false;
  from = isoDay(Date.now() - 29 * DAY_MS);
  to = isoDay(Date.now());
  stats?: Stats;
  lookedUp = '';
  lookupRecords?: StoredRecord[];
  category = 'marketing';
  suppressions?: Suppression[];
  /** Polite status messages (a download started). */
  announcement = '';

  private api?: AdminApi;

  private get strings(): AdminStrings {
    return ADMIN_LANGUAGES[this.language];
  }

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.applyLanguage();
    if (this.token) void this.signIn(this.token, false);
    this.autoRefreshTimer = window.setInterval(this.autoRefresh, 30_000);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearInterval(this.autoRefreshTimer);
  }

  private applyLanguage() {
    document.documentElement.lang = this.language;
    document.title = this.strings.title;
  }

  /** This page's address in another language (other parameters kept). */
  private languageHref(lang: AdminLanguage): string {
    const url = new URL(location.href);
    url.searchParams.set('lang', lang);
    return url.search;
  }

  private describe(error: unknown): string {
    if (error instanceof AdminApiError) {
      if (error.status === 401) return this.strings.tokenRefused;
      if (error.status === 403 || error.status === 404) return this.strings.adminOff;
      return this.strings.requestFailed(error.message || String(error.status));
    }
    return this.strings.requestFailed((error as Error).message);
  }

  /** Runs one request; a refused token signs the owner out so they can type it again. */
  private async attempt<T>(work: () => Promise<T>): Promise<T | undefined> {
    this.busy = true;
    try {
      const result = await work();
      this.problem = '';
      return result;
    } catch (error) {
      this.problem = this.describe(error);
      if (error instanceof AdminApiError && (error.status === 401 || error.status === 403 || error.status === 404)) this.signOut(false);
      return undefined;
    } finally {
      this.busy = false;
    }
  }

  private async signIn(token: string, typed = true) {
    this.api = createAdminApi(token);
    const stats = await this.attempt(() => this.api!.stats(this.from, this.to));
    if (!stats) return;
    this.token = token;
    writeToken(token);
    this.signedIn = true;
    this.stats = stats;
    if (typed) {
      // The form that had focus is gone: continue from the first heading of what it opened.
      await this.updateComplete;
      this.querySelector<HTMLElement>('#overview-title')?.focus();
    }
    await this.loadSuppressions();
  }

  /** New decisions appear without a click while the page is in view (every 30 s, without blocking buttons). */
  private readonly autoRefresh = () => {
    if (!this.api || !this.signedIn || this.busy || document.visibilityState !== 'visible') return;
    this.api.stats(this.from, this.to).then(
      (stats) => (this.stats = stats),
      () => {}, // The next manual refresh says what is wrong.
    );
  };
  private autoRefreshTimer?: number;

  private signOut(clearProblem = true) {
    writeToken('');
    this.token = '';
    this.api = undefined;
    this.signedIn = false;
    this.stats = undefined;
    this.suppressions = undefined;
    this.lookupRecords = undefined;
    if (clearProblem) this.problem = '';
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('#token')?.focus());
  }

  private async refresh() {
    if (!this.api) return;
    const stats = await this.attempt(() => this.api!.stats(this.from, this.to));
    if (stats) this.stats = stats;
    await this.loadSuppressions();
  }

  private async loadSuppressions() {
    if (!this.api) return;
    const list = await this.attempt(() => this.api!.suppressions(this.category));
    if (list) this.suppressions = list;
  }

  private async lookup(consentId: string) {
    if (!this.api || !consentId) return;
    const records = await this.attempt(() => this.api!.records(consentId));
    if (!records) return;
    this.lookedUp = consentId;
    this.lookupRecords = records;
    this.announcement = records.length ? this.strings.lookupFound(records.length) : this.strings.lookupNone(consentId);
  }

  private async download(path: string, query: Record<string, string>, file: string) {
    if (!this.api) return;
    const blob = await this.attempt(() => this.api!.file(path, query));
    if (!blob) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = file;
    link.hidden = true;
    this.append(link);
    link.click();
    link.remove();
    this.announcement = this.strings.exportDone(file);
    // Long enough for the browser to save it; then the memory is released.
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  }

  /** Bar widths through the CSSOM: the CSP refuses style attributes (Lit's styleMap writes one on first render). */
  protected override updated() {
    for (const bar of this.querySelectorAll<HTMLElement>('.bar-fill[data-rate]')) bar.style.width = `${Number(bar.dataset.rate) * 100}%`;
  }

  private formValue(event: Event, name: string): string {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    return String(new FormData(form).get(name) ?? '').trim();
  }

  protected override render() {
    const s = this.strings;
    return html`
      <header class="top">
        <h1>${s.title}</h1>
        <nav class="lang" aria-label=${s.languageSwitch}>
          ${(['ja', 'en'] as const).map(
            (lang) => html`<a href=${this.languageHref(lang)} hreflang=${lang} lang=${lang} aria-current=${this.language === lang ? 'true' : 'false'}>${lang === 'ja' ? '日本語' : 'English'}</a>`,
          )}
        </nav>
        ${this.signedIn ? html`<button type="button" class="secondary" @click=${() => this.signOut()}>${s.signOut}</button>` : nothing}
      </header>
      <main>
        <div class="problem" role="alert">${this.problem ? html`<p>${this.problem}</p>` : nothing}</div>
        ${this.signedIn ? this.renderDashboard(s) : this.renderSignIn(s)}
        <p class="visually-hidden" role="status" aria-live="polite">${this.busy ? s.loading : this.announcement}</p>
      </main>
    `;
  }

  private renderSignIn(s: AdminStrings) {
    return html`
      <section class="card sign-in">
        <h2 id="sign-in-title">${s.signInTitle}</h2>
        <p>${s.signInIntro}</p>
        <form @submit=${(event: Event) => void this.signIn(this.formValue(event, 'token'))}>
          <label for="token">${s.tokenLabel}</label>
          <input id="token" name="token" type="password" autocomplete="current-password" required spellcheck="false" />
          <button type="submit" ?disabled=${this.busy}>${s.signIn}</button>
        </form>
      </section>
    `;
  }

  private renderDashboard(s: AdminStrings) {
    return html`
      <form class="card range" aria-label=${s.rangeLabel} @submit=${(event: Event) => (event.preventDefault(), void this.refresh())}>
        <fieldset>
          <legend>${s.rangeLabel}</legend>
          <label>${s.from} <input type="date" name="from" .value=${this.from} max=${this.to} required @change=${(e: Event) => (this.from = (e.target as HTMLInputElement).value)} /></label>
          <label>${s.to} <input type="date" name="to" .value=${this.to} min=${this.from} required @change=${(e: Event) => (this.to = (e.target as HTMLInputElement).value)} /></label>
          <button type="submit" ?disabled=${this.busy}>${s.apply}</button>
        </fieldset>
      </form>
      ${this.stats ? this.renderStats(s, this.stats) : nothing} ${this.renderLookup(s)} ${this.renderExport(s)} ${this.renderSuppressions(s)}
    `;
  }

  private renderStats(s: AdminStrings, stats: Stats) {
    const sum = (key: 'acceptAll' | 'rejectAll' | 'custom') => stats.days.reduce((total, day) => total + day[key], 0);
    const share = (count: number) => (stats.total ? s.percent(count / stats.total) : '–');
    const figures: [string, string, string][] = [
      ['total', s.totalDecisions, s.count(stats.total)],
      ['accept', s.acceptAll, share(sum('acceptAll'))],
      ['custom', s.custom, share(sum('custom'))],
      ['reject', s.rejectAll, share(sum('rejectAll'))],
    ];
    const categories = Object.entries(stats.categories).filter(([id]) => id !== 'service');
    return html`
      <section class="card">
        <div class="section-head">
          <h2 id="overview-title" tabindex="-1">${s.overviewTitle}</h2>
          <button type="button" class="secondary" ?disabled=${this.busy} @click=${() => void this.refresh()}>${s.refresh}</button>
        </div>
        <dl class="figures">
          ${figures.map(([kind, label, value]) => html`<div class=${`figure figure-${kind}`}><dt>${label}</dt><dd>${value}</dd></div>`)}
        </dl>
        ${stats.total
          ? html`
              <ul class="legend">
                <li><span class="swatch swatch-accept"></span>${s.acceptAll}</li>
                <li><span class="swatch swatch-custom"></span>${s.custom}</li>
                <li><span class="swatch swatch-reject"></span>${s.rejectAll}</li>
              </ul>
              <consent-rate-chart .days=${stats.days} from=${stats.from} to=${stats.to} .strings=${s} language=${this.language}></consent-rate-chart>
              <p class="note">${s.chartNote}</p>
              <details>
                <summary>${s.dataTableSummary}</summary>
                ${this.table(
                  [s.day, s.decisions, s.acceptAll, s.custom, s.rejectAll],
                  stats.days.map((day) => [day.day, s.count(day.total), s.count(day.acceptAll), s.count(day.custom), s.count(day.rejectAll)]),
                  s.dataTableSummary,
                )}
              </details>
            `
          : html`<p class="empty">${s.chartEmpty}</p>`}
      </section>
      ${categories.length
        ? html`<section class="card">
            <h2 id="categories-title">${s.categoriesTitle}</h2>
            <p class="note">${s.categoriesNote}</p>
            <ul class="bars">
              ${categories.map(([id, { granted, refused }]) => {
                const rate = granted + refused ? granted / (granted + refused) : 0;
                return html`<li>
                  <span class="bar-label">${s.categoryName(id)}</span>
                  <span class="bar-track" aria-hidden="true"><span class="bar-fill" data-rate=${rate.toFixed(4)}></span></span>
                  <span class="bar-value">${s.percent(rate)} <span class="muted">(${s.granted} ${s.count(granted)} / ${s.refused} ${s.count(refused)})</span></span>
                </li>`;
              })}
            </ul>
            <h3 id="category-chart-title">${s.categoryChartTitle}</h3>
            <consent-category-chart
              .days=${stats.days}
              .categories=${categories.map(([id]) => id)}
              from=${stats.from}
              to=${stats.to}
              .strings=${s}
              language=${this.language}
            ></consent-category-chart>
            <p class="note">${s.categoryChartNote}</p>
            <details>
              <summary>${s.categoryTableSummary}</summary>
              ${this.table(
                [s.day, ...categories.map(([id]) => s.categoryName(id))],
                stats.days.map((day) => [
                  day.day,
                  ...categories.map(([id]) => {
                    const share = grantedShare(day, id);
                    const counts = day.categories[id];
                    return share === null ? s.noDecisions : s.grantedOfDecisions(share, counts.granted, counts.granted + counts.refused);
                  }),
                ]),
                s.categoryTableSummary,
              )}
            </details>
          </section>`
        : nothing}
      ${stats.total
        ? html`<div class="pair">
            <section class="card">
              <h2 id="sources-title">${s.sourcesTitle}</h2>
              ${this.table([s.source, s.decisions], Object.entries(stats.sources).map(([id, n]) => [s.sourceName(id), s.count(n)]), s.sourcesTitle)}
            </section>
            <section class="card">
              <h2 id="revisions-title">${s.revisionsTitle}</h2>
              ${this.table([s.revision, s.decisions], Object.entries(stats.revisions).map(([id, n]) => [id, s.count(n)]), s.revisionsTitle)}
            </section>
          </div>`
        : nothing}
    `;
  }

  /** A data table that scrolls on its own on a narrow screen (focusable, so a keyboard can scroll it). */
  private table(head: string[], rows: (string | TemplateResult)[][], label: string) {
    return html`<div class="table-wrap" tabindex="0" role="region" aria-label=${label}>
      <table>
        <thead>
          <tr>${head.map((cell) => html`<th scope="col">${cell}</th>`)}</tr>
        </thead>
        <tbody>
          ${rows.map(([first, ...rest]) => html`<tr><th scope="row">${first}</th>${rest.map((cell) => html`<td>${cell}</td>`)}</tr>`)}
        </tbody>
      </table>
    </div>`;
  }

  private renderLookup(s: AdminStrings) {
    const records = this.lookupRecords;
    return html`
      <section class="card">
        <h2 id="lookup-title">${s.lookupTitle}</h2>
        <p class="note">${s.lookupIntro}</p>
        <form class="inline" role="search" @submit=${(event: Event) => void this.lookup(this.formValue(event, 'consentId'))}>
          <label for="consent-id">${s.consentIdLabel}</label>
          <input
            id="consent-id"
            name="consentId"
            type="search"
            required
            pattern="[A-Za-z0-9]{8,64}"
            aria-describedby="consent-id-hint"
            spellcheck="false"
            autocomplete="off"
            maxlength="64"
          />
          <button type="submit" ?disabled=${this.busy}>${s.lookup}</button>
          <p id="consent-id-hint" class="hint">${s.consentIdHint}</p>
        </form>
        ${records
          ? html`<div class="lookup-result">
              <p><strong>${records.length ? s.lookupFound(records.length) : s.lookupNone(this.lookedUp)}</strong></p>
              <ol class="records">
                ${records.map((stored) => this.renderRecord(s, stored))}
              </ol>
            </div>`
          : nothing}
      </section>
    `;
  }

  private renderRecord(s: AdminStrings, { recordId, receivedAt, country, record }: StoredRecord) {
    const choices = Object.entries(record.state ?? {});
    return html`<li class="record">
      <dl>
        <div><dt>${s.decidedAt}</dt><dd>${s.dateTime(record.time)}</dd></div>
        <div><dt>${s.receivedAt}</dt><dd>${s.dateTime(receivedAt)}</dd></div>
        <div>
          <dt>${s.choices}</dt>
          <dd>
            <ul class="choices">
              ${choices.map(([id, granted]) => html`<li class=${granted ? 'granted' : 'refused'}>${s.categoryName(id)}: ${granted ? s.granted : s.refused}</li>`)}
            </ul>
          </dd>
        </div>
        <div><dt>${s.source}</dt><dd>${s.sourceName(record.source)}</dd></div>
        <div><dt>${s.revision}</dt><dd>${record.revision} / ${record.textVersion}</dd></div>
        <div><dt>${s.language}</dt><dd>${record.language}</dd></div>
        ${country ? html`<div><dt>${s.country}</dt><dd>${country}</dd></div>` : nothing}
        <div><dt>${s.recordId}</dt><dd><code>${recordId}</code></dd></div>
      </dl>
    </li>`;
  }

  private renderExport(s: AdminStrings) {
    const range = { from: this.from, to: this.to };
    const file = (ext: string) => `consent-records-${this.from}-${this.to}.${ext}`;
    return html`
      <section class="card">
        <h2 id="export-title">${s.exportTitle}</h2>
        <p class="note">${s.exportIntro} (${this.from} – ${this.to})</p>
        <div class="buttons">
          <button type="button" ?disabled=${this.busy} @click=${() => void this.download('records.csv', range, file('csv'))}>${s.exportCsv}</button>
          <button type="button" ?disabled=${this.busy} @click=${() => void this.download('records.ndjson', range, file('ndjson'))}>${s.exportNdjson}</button>
        </div>
      </section>
    `;
  }

  private renderSuppressions(s: AdminStrings) {
    const categories = [...new Set(['marketing', ...Object.keys(this.stats?.categories ?? {})])].filter((id) => id !== 'service');
    const list = this.suppressions;
    return html`
      <section class="card">
        <h2 id="suppressions-title">${s.suppressionsTitle}</h2>
        <p class="note">${s.suppressionsIntro}</p>
        <form class="inline" @submit=${(event: Event) => ((this.category = this.formValue(event, 'category')), void this.loadSuppressions())}>
          <label for="suppression-category">${s.category}</label>
          <select id="suppression-category" name="category">
            ${categories.map((id) => html`<option value=${id} ?selected=${id === this.category}>${s.categoryName(id)}</option>`)}
          </select>
          <button type="submit" ?disabled=${this.busy}>${s.show}</button>
          <button type="button" class="secondary" ?disabled=${this.busy} @click=${() => void this.download('suppressions.csv', { category: this.category }, `suppressions-${this.category}.csv`)}>
            ${s.suppressionsCsv}
          </button>
        </form>
        ${list
          ? list.length
            ? this.table(
                [s.recipient, s.category, s.since],
                list.map((row) => [html`<code>${row.recipient}</code>`, s.categoryName(row.category), s.dateTime(row.since)]),
                s.suppressionsTitle,
              )
            : html`<p class="empty">${s.suppressionsNone}</p>`
          : nothing}
      </section>
    `;
  }
}
