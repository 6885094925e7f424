import type { Suppression } from './api-types.js';
import type { Sql, Store } from './store.js';
/**
 * Adds (`opt-out`) or removes (`undo`) a recipient; says whether anything changed. A change and its
 * webhook event are written in one transaction, so no change goes unreported.
 */
export declare function changeSuppression(store: Store, action: 'opt-out' | 'undo', recipient: string, category: string, withEvent: boolean): Promise<boolean>;
export declare function listSuppressions(sql: Sql, filter: {
    category?: string;
    since?: Date;
}): Promise<Suppression[]>;
export declare function webhookSignature(secret: string, timestamp: number, body: string): string;
/**
 * Delivers due webhook events. Each is leased with FOR UPDATE SKIP LOCKED before it is sent, so with several
 * processes one event goes out once per try; a failed try is retried with exponential backoff.
 */
export declare function createWebhookDeliverer(options: {
    store: Store;
    url: string;
    secret: string;
    retryBaseMs: number;
    log: {
        warn(message: string): void;
    };
}): {
    kick: () => void;
    close(): Promise<void>;
};
