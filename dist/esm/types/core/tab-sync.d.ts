import type { ConsentManager } from './consent-manager.js';
/**
 * Brings a decision made in another tab of the same site into this one. The
 * cookie stays the source of truth: a message only says "read it again".
 * Without BroadcastChannel, a tab re-reads the cookie when it becomes visible.
 */
export declare function installTabSync(manager: Pick<ConsentManager, 'syncFromStorage' | 'onChange'>, cookieName: string, doc?: Document): () => void;
