// One way to render <consent-banner> in a test and find what a visitor would: a button by its visible
// name, a category's switch, the element that has focus through shadow roots.
import { fixture, html } from '@open-wc/testing';
import type { ConsentConfigInput } from '../../src/core/config-types.js';
import { createConsentManager } from '../../src/core/consent-manager.js';
import type { ConsentManager, ConsentManagerOptions } from '../../src/core/manager-types.js';
import type { ConsentBannerElement } from '../../src/ui/consent-banner/consent-banner.component.js';
import { deepActiveElement } from '../../src/ui/shared/focus-return.js';
import '../../src/define.js';
import { recordingLogger } from '../helpers.js';

export { deepActiveElement };

export interface RenderedBanner {
  manager: ConsentManager;
  el: ConsentBannerElement;
  root: ShadowRoot;
  /** The button whose visible text is `name` (trimmed); fails the test naming the buttons there are. */
  button(name: string): HTMLButtonElement;
  /** The preferences' switch for category `id`; fails the test when the preferences do not show it. */
  switchFor(id: string): HTMLButtonElement;
  /** The shadow root's text, whitespace collapsed. */
  text(): string;
}

/**
 * A started manager for `config` (a policy link by default; Global Privacy Control off and a recording logger
 * unless `options` say otherwise), rendered by a <consent-banner> with `attributes`, after its first update.
 */
export async function renderBanner(
  config: ConsentConfigInput = {},
  options: ConsentManagerOptions = {},
  attributes: Record<string, string> = {},
): Promise<RenderedBanner> {
  const manager = createConsentManager({ policyUrl: '/privacy', ...config }, { gpc: false, log: recordingLogger(), ...options });
  const el = await fixture<ConsentBannerElement>(html`<consent-banner .manager=${manager}></consent-banner>`);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  manager.start();
  await el.updateComplete;
  const root = el.shadowRoot!;
  return {
    manager,
    el,
    root,
    button(name) {
      const buttons = Array.from(root.querySelectorAll<HTMLButtonElement>('button'));
      const found = buttons.find((b) => b.textContent!.trim() === name);
      if (!found) throw new Error(`no button "${name}"; the buttons read: ${buttons.map((b) => `"${b.textContent!.trim()}"`).join(', ')}`);
      return found;
    },
    switchFor(id) {
      const found = root.querySelector<HTMLButtonElement>(`[role="switch"][data-category="${id}"]`);
      if (!found) throw new Error(`no switch for category "${id}"`);
      return found;
    },
    text: () => root.textContent!.replace(/\s+/g, ' '),
  };
}
