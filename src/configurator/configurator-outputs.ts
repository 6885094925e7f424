// <configurator-outputs>: what the site owner takes away, each with copy and download; withheld while the
// settings have a problem, so nothing the widget would refuse or warn about is ever offered.
import { html, nothing, type TemplateResult } from 'lit';
import { checklist, checklistText, configJson, disclosureHtml, scriptSource, scriptTag, type ScriptSource } from './outputs.js';
import { ConfiguratorSection } from './section.js';
import { copyText, downloadText } from './transfer.js';

export class ConfiguratorOutputs extends ConfiguratorSection {
  static override properties = { ...ConfiguratorSection.properties, cdn: { attribute: false }, copyStatus: { state: true } };

  /** The CDN tag's source and integrity, as scripts/sri.mjs records them in the README. */
  cdn: ScriptSource = { src: '' };
  copyStatus: Record<string, string> = {};

  protected override storeChanged(): void {
    super.storeChanged();
    // "Copied" described the text as it was.
    this.copyStatus = {};
  }

  private async copy(key: string, text: string): Promise<void> {
    const done = await copyText(text);
    this.copyStatus = { ...this.copyStatus, [key]: done ? this.s.copied : this.s.copyFailed };
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

  protected override render(): TemplateResult {
    const s = this.s;
    const { built, settings } = this.store;
    const general = this.parts.problemsFor('general');
    if (built.problems.length) {
      return html`<section id="outputs" aria-labelledby="outputs-heading" tabindex="-1">
        <h2 id="outputs-heading">${s.outputs}</h2>
        <p class="problem" id="outputs-blocked">${s.outputsBlocked(built.problems.length)}</p>
        ${general.length ? html`<h3>${s.generalProblems}</h3>${this.parts.renderProblems('general')}` : nothing}
      </section>`;
    }
    const colours = settings.customColours ? settings.colours : undefined;
    const tag = scriptTag(built.config, scriptSource(settings, this.cdn), colours);
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
}

customElements.define('configurator-outputs', ConfiguratorOutputs);
