/**
 * The colour tokens every element of the widget uses, light by default.
 * A site's `--consent-*` custom properties override them in both themes.
 */
export declare const themeTokens: import("lit").CSSResult;
/**
 * The widget's typography, set on each element's own top-level boxes rather
 * than only on :host: a page rule such as "* { letter-spacing: 3px }" reaches
 * the host element itself and would be inherited from there. Sizes are px, so
 * a page's `html { font-size: 62.5% }` does not shrink the widget. Japanese
 * lines never start with a small kana or a long-vowel mark (strict line breaking).
 */
export declare const typography: import("lit").CSSResult;
