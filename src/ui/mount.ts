import type { ConsentManager } from '../core/consent-manager.js';
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
  const existing = Array.from(doc.querySelectorAll(CONSENT_BANNER_TAG)).find((el) => el.manager === manager);
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
