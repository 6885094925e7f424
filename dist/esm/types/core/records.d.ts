import type { ConsentManager, ConsentRecord } from './consent-manager.js';
/**
 * A record as the widget sends it: the decision plus a random `recordId`, made when the decision is made
 * and kept in the queue across retries, so a server that stores by it keeps a record sent twice once.
 */
export type SentRecord = ConsentRecord & {
    recordId: string;
};
/** 22 base64url characters (132 random bits); getRandomValues works outside secure contexts too, unlike randomUUID. */
export declare function createRecordId(win: Window): string;
/**
 * Sends a record of every decision to `recordEndpoint`, without ever
 * blocking the page: queued in localStorage first, sent with fetch
 * keepalive, removed from the queue once the server accepts it, and retried
 * a few times while the page stays open, then on the next page view or when
 * the browser comes back online. Each record
 * carries a `recordId` made here when the decision is made, so a retry of a
 * record the server stored (its answer lost) is not stored twice.
 */
export declare function installRecordSender(manager: ConsentManager, win: Window, retryDelays?: number[], queueRetryDelays?: number[]): {
    flush(): Promise<void>;
};
