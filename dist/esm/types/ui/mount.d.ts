import type { ConsentManager } from '../core/consent-manager.js';
import type { ConsentBannerElement } from './consent-banner/consent-banner.component.js';
/**
 * Puts one `<consent-banner>` for `manager` at the end of the body, or
 * returns the one already there. Waits for the body if the script ran in `<head>`.
 */
export declare function mountConsentBanner(manager: ConsentManager, doc?: Document): Promise<ConsentBannerElement>;
/**
 * Gives every `<consent-disclosure>` on the page (a 外部送信ポリシー page) the manager to render.
 * The element comes in a chunk of its own, fetched only by pages that have one.
 */
export declare function mountDisclosures(manager: ConsentManager, doc?: Document): Promise<void>;
/**
 * Placeholders in front of embeds waiting for consent (see placeholders.ts). They and their element come in
 * a chunk of their own, fetched only by pages that have such an embed. Resolves to a function that stops them.
 */
export declare function showPlaceholders(manager: ConsentManager, doc?: Document): Promise<() => void>;
