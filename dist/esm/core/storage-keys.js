// localStorage keys the full core leaves for a later page view. The boot
// script checks them to know when it must load the core, so they live here,
// apart from the modules that write them.
/** Consent records that could not be sent yet. */
const recordQueueKey = (cookieName) => `${cookieName}_records`;
/**
 * A category was withdrawn: trackers already running on that page may write
 * their cookies again, so the next page view must clean up once more.
 */
const cleanupPendingKey = (cookieName) => `${cookieName}_cleanup`;

export { cleanupPendingKey, recordQueueKey };
