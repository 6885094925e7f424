import type { BootShared } from '../core/boot-shared.js';
import type { ConsentManager } from '../core/consent-manager.js';
import { createFirstLayerManager, type FirstLayerManager, type FirstLayerOptions } from '../core/first-layer-manager.js';
import type * as RulesModule from '../rules-chunk.js';
import { CONSENT_BANNER_TAG, defineConsentBanner } from './consent-banner/consent-banner.js';
import type { ConsentBannerElement } from './consent-banner/consent-banner.component.js';
import { CONSENT_DISCLOSURE_TAG } from './tag-names.js';

/**
 * Puts one `<consent-banner>` for `manager` at the end of the body, or
 * returns the one already there. Waits for the body if the script ran in `<head>`.
 */
export async function mountConsentBanner(manager: ConsentManager, doc: Document = document): Promise<ConsentBannerElement> {
  defineConsentBanner();
  if (!doc.body) await new Promise((resolve) => doc.addEventListener('DOMContentLoaded', resolve, { once: true }));
  const elements = Array.from(doc.querySelectorAll(CONSENT_BANNER_TAG));
  // The first layer's banner (mountFirstLayer) becomes this manager's once it is handed over.
  const firstLayer = elements.find((el) => el.manager && 'handedOver' in el.manager);
  if (firstLayer) await (firstLayer.manager as FirstLayerManager).handedOver;
  const existing = elements.find((el) => el.manager === manager);
  if (existing) return existing;
  const element = doc.createElement(CONSENT_BANNER_TAG);
  element.manager = manager;
  // First in the tab order (after a skip link, if the page starts with one), though it shows at the edge:
  // keyboard users reach the choice at once, and the banner takes no focus from the page.
  const first = doc.body.firstElementChild;
  if (first?.matches('a[href^="#"]')) first.after(element);
  else doc.body.prepend(element);
  return element;
}

/**
 * Gives every `<consent-disclosure>` on the page (a 外部送信ポリシー page) the manager to render.
 * The element comes in a chunk of its own, fetched only by pages that have one.
 */
export async function mountDisclosures(manager: ConsentManager, doc: Document = document): Promise<void> {
  const elements = Array.from(doc.querySelectorAll(CONSENT_DISCLOSURE_TAG));
  if (!elements.length) return;
  (await import('./consent-disclosure/consent-disclosure.js')).defineConsentDisclosure(doc.defaultView?.customElements);
  for (const element of elements) {
    element.manager ??= manager;
    if (!element.hasAttribute('theme')) element.setAttribute('theme', manager.config.theme);
  }
}

/**
 * Placeholders in front of embeds waiting for consent (see placeholders.ts). They and their element come in
 * a chunk of their own, fetched only by pages that have such an embed. Resolves to a function that stops them.
 */
export async function showPlaceholders(manager: ConsentManager, doc: Document = document): Promise<() => void> {
  return (await import('./placeholders.js')).mountPlaceholders(manager, doc);
}

export interface FirstLayerMount extends Omit<FirstLayerOptions, 'lifetimeDays' | 'cookieValues'> {
  /** The raw config the boot script collected from the page. */
  raw: Record<string, unknown>;
  /** The config rules (consent-banner-core-rules.js), which the core imports too. */
  rules: typeof RulesModule;
  /** The boot script's functions that the rules use (boot-shared.ts). */
  shared: BootShared;
}

/**
 * A first visit's banner without the core: the config resolved by the core's own rules, the banner mounted
 * for a first-layer manager (first-layer-manager.ts), and the core fetched as soon as the visitor reaches for
 * the banner. Resolves to the first-layer manager, or to undefined, mounting nothing, when the config has a problem or names vendors by catalogue
 * id: the core reports, or completes, them and shows the banner itself.
 */
export async function mountFirstLayer({ raw, rules, shared, ...options }: FirstLayerMount, doc: Document = document): Promise<FirstLayerManager | undefined> {
  rules.takeFromBoot(shared);
  let problem = false;
  const config = rules.resolveConfigWith(raw, () => (problem = true));
  // Vendors named by catalogue id are completed, and their problems named, by the core.
  if (problem || config.catalogueVendors.length) return undefined;
  if (!doc.body) await new Promise((resolve) => doc.addEventListener('DOMContentLoaded', resolve, { once: true }));
  // The core was asked for meanwhile (a page script, an embed) and shows the banner itself.
  if (doc.querySelector(CONSENT_BANNER_TAG)) return undefined;
  const [, lifetimeDays, cookieValues] = shared;
  const manager = createFirstLayerManager(config, { ...options, lifetimeDays, cookieValues });
  const element = await mountConsentBanner(manager, doc);
  // A pointer over the banner, a touch or the focus in it: the click that follows finds the core here.
  const reach = () => void options.loadFull();
  for (const type of ['pointerover', 'touchstart', 'focusin']) element.addEventListener(type, reach, { once: true, passive: true });
  void manager.handedOver.then((full) => (element.manager = full));
  return manager;
}
