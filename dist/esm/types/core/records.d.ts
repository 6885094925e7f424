import type { ConsentManager } from './consent-manager.js';
/**
 * Sends a record of every decision to `recordEndpoint`, without ever
 * blocking the page: queued in localStorage first, sent with fetch
 * keepalive, removed from the queue once the server accepts it, and retried
 * on the next page view or when the browser comes back online.
 */
export declare function installRecordSender(manager: ConsentManager, win: Window, retryDelays?: number[]): {
    flush(): Promise<void>;
};
