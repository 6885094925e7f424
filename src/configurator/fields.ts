// The form's building blocks, shared by the configurator's sections: a labelled field with its hint and its
// problems (aria-describedby), a text in both languages, a checkbox, a link to the README.
import { html, nothing, type TemplateResult } from 'lit';
import type { FieldProblem } from './build-config.js';
import { README_URL, type Strings } from './i18n.js';
import type { Settings, TextPair } from './state.js';
import { pairText } from './state.js';

export const fieldId = (field: string) => `field-${field.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
export const problemsId = (field: string) => `problems-${field.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;

/** A category's name in the page's language: the site's own title, or the built-in one. */
export function categoryTitle(settings: Settings, id: string, s: Strings, lang: 'ja' | 'en'): string {
  const own = settings.siteCategories.find((c) => c.id === id);
  return (own && (pairText(own.title, lang) || own.id)) || s.builtInTitles[id] || id;
}

/** The categories the config has, in the widget's order. */
export function categoryIds(settings: Settings): string[] {
  return ['service', ...(['analytics', 'marketing'] as const).filter((id) => settings[id].included), ...settings.siteCategories.map((c) => c.id)];
}

export class FormParts {
  constructor(
    readonly s: Strings,
    readonly lang: 'ja' | 'en',
    readonly problems: readonly FieldProblem[],
  ) {}

  problemsFor(field: string): FieldProblem[] {
    return this.problems.filter((p) => p.field === field);
  }

  problemText(problem: FieldProblem): TemplateResult | string {
    if (problem.source === 'widget') {
      if (this.lang === 'en') return problem.message;
      const gloss = problem.code ? this.s.widgetProblemGloss[problem.code] : undefined;
      return html`${gloss ? html`${gloss} ` : nothing}${this.s.widgetSays} <span lang="en">${problem.message}</span>`;
    }
    const entry = this.s[problem.message as keyof Strings] as unknown;
    return typeof entry === 'function' ? (entry as (...args: unknown[]) => string)(...Object.values(problem.params ?? {})) : String(entry);
  }

  renderProblems(field: string): TemplateResult {
    const problems = this.problemsFor(field);
    return html`<ul class="problems" id=${problemsId(field)} ?hidden=${!problems.length}>
      ${problems.map((p) => html`<li class="problem">${this.problemText(p)}</li>`)}
    </ul>`;
  }

  describedBy(field: string, hint?: string): string {
    return [hint, this.problemsFor(field).length ? problemsId(field) : undefined].filter(Boolean).join(' ');
  }

  textField(field: string, label: string, value: string, onInput: (value: string) => void, hint?: string, type = 'text'): TemplateResult {
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
  pairFields(idPrefix: string, label: string, pair: TextPair, onInput: (pair: TextPair) => void, describedBy = '', multiline = false): TemplateResult {
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

  readme(anchor: string, label = this.s.readmeLink): TemplateResult {
    return html`<a class="readme" href=${`${README_URL}#${anchor}`} target="_blank" rel="noopener">${label}</a>`;
  }

  checkbox(id: string, label: string, checked: boolean, onChange: (checked: boolean) => void, hint?: TemplateResult | string): TemplateResult {
    return html`<div class="check">
      <input type="checkbox" id=${id} .checked=${checked} aria-describedby=${hint ? `${id}-hint` : nothing} @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)} />
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
    </div>`;
  }
}
