/**
 * The colour tokens every element of the widget uses, light by default.
 * A site's `--consent-*` custom properties override them in both themes.
 */
export declare const themeTokens: import("lit").CSSResult;
