/** The category that is always granted: サービスの提供 / service provision. */
const SERVICE_CATEGORY = 'service';
/** Built-in categories, in the order they are shown. */
const BUILT_IN_CATEGORIES = [SERVICE_CATEGORY, 'analytics', 'marketing'];
/**
 * Category ids travel in the cookie and in `data-consent` attributes, so they
 * are kept to lower-case letters, digits, `_` and `-`.
 */
const CATEGORY_ID_PATTERN = /^[a-z][a-z0-9_-]{0,31}$/;

export { BUILT_IN_CATEGORIES, CATEGORY_ID_PATTERN, SERVICE_CATEGORY };
