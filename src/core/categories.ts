/** The category that is always granted: サービスの提供 / service provision. */
export const SERVICE_CATEGORY = 'service';

/** Built-in categories, in the order they are shown. */
export const BUILT_IN_CATEGORIES = [SERVICE_CATEGORY, 'analytics', 'marketing'] as const;

/**
 * Category ids travel in the cookie and in `data-consent` attributes, so they
 * are kept to lower-case letters, digits, `_` and `-`.
 */
export const CATEGORY_ID_PATTERN = /^[a-z][a-z0-9_-]{0,31}$/;

export type CategoryId = string;

/** What the visitor has granted: every configured category id → true/false. */
export type ConsentState = Record<CategoryId, boolean>;
