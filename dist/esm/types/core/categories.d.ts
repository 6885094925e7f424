/** The category that is always granted: サービスの提供 / service provision. */
export declare const SERVICE_CATEGORY = "service";
/** Built-in categories, in the order they are shown. */
export declare const BUILT_IN_CATEGORIES: readonly ["service", "analytics", "marketing"];
/**
 * Category ids travel in the cookie and in `data-consent` attributes, so they
 * are kept to lower-case letters, digits, `_` and `-`.
 */
export declare const CATEGORY_ID_PATTERN: RegExp;
export type CategoryId = string;
/** What the visitor has granted: every configured category id → true/false. */
export type ConsentState = Record<CategoryId, boolean>;
