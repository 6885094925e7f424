/** localStorage: consent records that could not be sent yet. */
export declare const recordQueueKey: (cookieName: string) => string;
/**
 * A cookie: a category was withdrawn, and trackers already running on that
 * page may write their cookies again, so the next page view cleans up once more.
 */
export declare const cleanupPendingKey: (cookieName: string) => string;
