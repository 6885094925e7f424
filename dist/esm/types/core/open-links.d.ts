import type { ConsentManager } from './consent-manager.js';
export declare const OPEN_ATTRIBUTE = "data-consent-open";
/**
 * Any element with `data-consent-open` (a footer "Cookie設定" link, say)
 * opens the preferences. One delegated listener covers elements added later.
 * Returns a function that removes it.
 */
export declare function installOpenLinks(doc: Document, manager: Pick<ConsentManager, 'showPreferences'>): () => void;
