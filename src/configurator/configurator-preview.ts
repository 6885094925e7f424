// <configurator-preview>: the real widget in a frame, with the current settings; language, width, reset.
import { html, type TemplateResult } from 'lit';
import { PREVIEW_COOKIE, previewDocument } from './preview.js';
import { ConfiguratorSection } from './section.js';
import type { SiteLanguage } from './state.js';

/** Where the checked-in widget lives, relative to this file in dist/configurator/. */
const WIDGET_URL = new URL('../consent-banner.js', import.meta.url).href;
const EMBED_URL = new URL('./sample-embed.html', import.meta.url).href;
const PREVIEW_PAGE_URL = new URL('./preview.html', import.meta.url).href;
const PREVIEW_DELAY_MS = 150;

/** The preview frame's page reads the document to write from this property of its `<iframe>`. */
type PreviewFrame = HTMLIFrameElement & { previewDocument?: string };

export class ConfiguratorPreview extends ConfiguratorSection {
  static override properties = { ...ConfiguratorSection.properties, previewLang: { state: true }, viewport: { state: true } };

  previewLang: SiteLanguage = 'ja';
  viewport: 'phone' | 'desktop' = 'desktop';
  private previewTimer: ReturnType<typeof setTimeout> | undefined;
  private shownPreview = '';
  /** The site's language when last seen: choosing another one shows the preview in it. */
  private siteLang: SiteLanguage | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.siteLang = this.store.settings.siteLang;
    this.previewLang = this.siteLang;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.previewTimer);
  }

  protected override firstUpdated(): void {
    this.refreshPreview();
  }

  protected override storeChanged(): void {
    super.storeChanged();
    if (this.store.settings.siteLang !== this.siteLang) {
      this.siteLang = this.store.settings.siteLang;
      this.previewLang = this.siteLang;
    }
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

  protected override render(): TemplateResult {
    const s = this.s;
    return html`<section aria-labelledby="preview-heading" class="preview">
      <h2 id="preview-heading">${s.preview}</h2>
      <div class="preview-controls">
        <div role="group" aria-label=${s.previewLanguage} class="segmented">
          ${(['ja', 'en'] as const).map(
            (lang) => html`<button type="button" lang=${lang} aria-pressed=${this.previewLang === lang ? 'true' : 'false'}
              @click=${() => {
                this.previewLang = lang;
                this.refreshPreview();
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
}

customElements.define('configurator-preview', ConfiguratorPreview);
