// What the full core leaves for a later page view. The boot script checks
// these to know when it must load the core, so they live here, apart from
// the modules that write them.

/** localStorage: consent records that could not be sent yet. */
export const recordQueueKey = (cookieName: string) => `${cookieName}_records`;

/**
 * A cookie: a category was withdrawn, and trackers already running on that
 * page may write their cookies again, so the next page view cleans up once more.
 */
export const cleanupPendingKey = (cookieName: string) => `${cookieName}_cleanup`;
