/** Consent records that could not be sent yet. */
export declare const recordQueueKey: (cookieName: string) => string;
/**
 * A category was withdrawn: trackers already running on that page may write
 * their cookies again, so the next page view must clean up once more.
 */
export declare const cleanupPendingKey: (cookieName: string) => string;
