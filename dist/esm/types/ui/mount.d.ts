import type { BootShared } from '../core/boot-shared.js';
import type { ConsentManager } from '../core/consent-manager.js';
import { type FirstLayerManager, type FirstLayerOptions } from '../core/first-layer-manager.js';
import type * as RulesModule from '../rules-chunk.js';
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
export declare function mountFirstLayer({ raw, rules, shared, ...options }: FirstLayerMount, doc?: Document): Promise<FirstLayerManager | undefined>;
