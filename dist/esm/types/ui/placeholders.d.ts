import type { ConsentManager } from '../core/consent-manager.js';
/**
 * Keeps a `<consent-placeholder>` in front of every gated embed that is not
 * allowed, the size the embed would have, and hides the embed meanwhile;
 * removes it again once the embed is allowed. Returns a function that stops.
 */
export declare function mountPlaceholders(manager: ConsentManager, doc?: Document): () => void;
