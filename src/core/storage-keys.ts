// localStorage keys the full core leaves for a later page view. The boot
// script checks them to know when it must load the core, so they live here,
// apart from the modules that write them.

/** Consent records that could not be sent yet. */
export const recordQueueKey = (cookieName: string) => `${cookieName}_records`;

/**
 * A category was withdrawn: trackers already running on that page may write
 * their cookies again, so the next page view must clean up once more.
 */
export const cleanupPendingKey = (cookieName: string) => `${cookieName}_cleanup`;
