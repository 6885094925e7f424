// Drives the built configurator (dist/configurator/) in a frame, as a person would: typing into labelled
// fields, pressing buttons, reading what the page shows.
import { catchDownload, waitUntil } from '../helpers.js';

export const STORAGE_KEY = 'consent-banner-configurator';

export type ConfiguratorApp = HTMLElement & { updateComplete: Promise<boolean> };

/** A fresh frame the size of a laptop screen with the configurator's page object over it, one per test. */
export function newConfiguratorFrame(): { frame: HTMLIFrameElement; page: ConfiguratorPage } {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1280px; height: 900px';
  document.body.append(frame);
  return { frame, page: new ConfiguratorPage(frame) };
}

export class ConfiguratorPage {
  readonly copied: string[] = [];
  constructor(readonly frame: HTMLIFrameElement) {}

  get win(): Window & typeof globalThis {
    return this.frame.contentWindow as Window & typeof globalThis;
  }
  get doc(): Document {
    return this.frame.contentDocument!;
  }
  get app(): ConfiguratorApp {
    return this.doc.querySelector('consent-configurator') as ConfiguratorApp;
  }

  /** Opens the page; `fresh` forgets what an earlier test left in localStorage. */
  async open({ lang = 'ja', hash = '', fresh = true } = {}): Promise<void> {
    if (fresh) localStorage.removeItem(STORAGE_KEY);
    localStorage.setItem('consent-banner-configurator-lang', lang);
    const loaded = new Promise((resolve) => this.frame.addEventListener('load', resolve, { once: true }));
    this.frame.src = `/dist/configurator/index.html?lang=${lang}&t=${Date.now()}${hash}`;
    await loaded;
    await waitUntil(() => this.doc.querySelector('consent-configurator h1'), 'the configurator did not render');
    // The copy buttons write here instead of to the system clipboard, which a test cannot read in every browser.
    Object.defineProperty(this.win.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void this.copied.push(text) },
    });
  }

  /** Waits until the page and each of its parts have rendered the last change. */
  async settle(): Promise<void> {
    const parts = () => Array.from(this.doc.querySelectorAll<ConfiguratorApp>('consent-configurator, configurator-vendors, configurator-preview, configurator-outputs'));
    for (let round = 0; round < 2; round++) await Promise.all(parts().map((part) => part.updateComplete));
  }

  $<T extends Element = HTMLElement>(selector: string): T {
    const element = this.doc.querySelector<T>(selector);
    if (!element) throw new Error(`nothing matches ${selector}`);
    return element;
  }

  /** The control labelled `label` (exact text of its <label>, within `scope`). */
  field<T extends HTMLElement = HTMLInputElement>(label: string, scope: ParentNode = this.doc): T {
    const found = Array.from(scope.querySelectorAll('label')).find((l) => l.textContent!.replace(/\s+/g, ' ').trim() === label);
    if (!found) throw new Error(`no field labelled "${label}"`);
    return (found.control ?? this.doc.getElementById(found.htmlFor)) as T;
  }

  async type(control: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
    control.focus();
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
    await this.settle();
  }

  async choose(control: HTMLInputElement | HTMLSelectElement, value?: string): Promise<void> {
    if (control instanceof HTMLSelectElement) control.value = value!;
    else if (control.type === 'checkbox' || control.type === 'radio') control.checked = control.type === 'radio' ? true : !control.checked;
    else control.value = value!;
    control.dispatchEvent(new Event(control.type === 'color' ? 'input' : 'change', { bubbles: true }));
    await this.settle();
  }

  button(name: string, scope: ParentNode = this.doc): HTMLButtonElement {
    const found = Array.from(scope.querySelectorAll('button')).find(
      (b) => b.textContent!.replace(/\s+/g, ' ').trim() === name || b.getAttribute('aria-label') === name,
    );
    if (!found) throw new Error(`no button "${name}"`);
    return found;
  }

  async press(name: string, scope?: ParentNode): Promise<void> {
    this.button(name, scope).click();
    await this.settle();
  }

  /** The text of an output, as its copy button copies it. */
  async copy(outputTitle: string): Promise<string> {
    const before = this.copied.length;
    this.button(`${outputTitle}をコピー`).click();
    await waitUntil(() => this.copied.length > before, `nothing copied from ${outputTitle}`);
    return this.copied[this.copied.length - 1];
  }

  /** Presses a download button and returns the file it would save (see catchDownload). */
  download(buttonName: string): Promise<{ name: string; text: string }> {
    return catchDownload(this.doc, () => this.button(buttonName).click());
  }


  text(selector: string): string {
    return this.$(selector).textContent!.replace(/\s+/g, ' ').trim();
  }
}
