import { css } from 'lit';

/** Dark colours, for `theme="dark"`, and for `theme="auto"` when the visitor prefers dark. Each text pair meets 4.5:1. */
const dark = css`
  --_bg: var(--consent-bg, #1f2328);
  --_fg: var(--consent-fg, #eceef1);
  --_muted: var(--consent-muted, #b9c0c8);
  --_border: var(--consent-border, #59616b);
  --_choice-bg: var(--consent-choice-bg, #eceef1);
  --_choice-fg: var(--consent-choice-fg, #1b1f24);
  --_accent: var(--consent-accent, #8ab4f8);
  --_accent-fg: var(--consent-accent-fg, #0b1220);
  --_switch-off: var(--consent-switch-off, #8b939c);
  --_focus: var(--consent-focus, #8ab4f8);
  --_error: var(--consent-error, #ffb4ab);
  --_surface: var(--consent-surface, #2b3036);
  --_shadow: var(--consent-shadow, 0 -2px 24px rgb(0 0 0 / 0.6));
`;

/**
 * The colour tokens every element of the widget uses, light by default.
 * A site's `--consent-*` custom properties override them in both themes.
 */
export const themeTokens = css`
  :host {
    --_bg: var(--consent-bg, #ffffff);
    --_fg: var(--consent-fg, #1b1f24);
    --_muted: var(--consent-muted, #4a525c);
    --_border: var(--consent-border, #c9ced6);
    --_choice-bg: var(--consent-choice-bg, #1b1f24);
    --_choice-fg: var(--consent-choice-fg, #ffffff);
    --_accent: var(--consent-accent, #0a58c2);
    --_accent-fg: var(--consent-accent-fg, #ffffff);
    --_switch-off: var(--consent-switch-off, #6b7280);
    --_focus: var(--consent-focus, #0a58c2);
    --_error: var(--consent-error, #b3261e);
    --_surface: var(--consent-surface, #eef0f3);
    --_radius: var(--consent-radius, 12px);
    --_space: var(--consent-spacing, 16px);
    --_shadow: var(--consent-shadow, 0 -2px 24px rgb(0 0 0 / 0.18));
  }

  :host([theme='dark']) {
    ${dark}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
`;

/**
 * The widget's typography, set on each element's own top-level boxes rather
 * than only on :host: a page rule such as "* { letter-spacing: 3px }" reaches
 * the host element itself and would be inherited from there. Sizes are px, so
 * a page's `html { font-size: 62.5% }` does not shrink the widget. Japanese
 * lines never start with a small kana or a long-vowel mark (strict line breaking).
 */
export const typography = css`
  font-family: var(
    --consent-font,
    system-ui,
    -apple-system,
    'Hiragino Sans',
    'Hiragino Kaku Gothic ProN',
    'Noto Sans JP',
    Meiryo,
    sans-serif
  );
  font-size: 15px;
  font-style: normal;
  font-weight: 400;
  line-height: 1.6;
  letter-spacing: normal;
  word-spacing: normal;
  text-align: start;
  text-indent: 0;
  text-transform: none;
  text-shadow: none;
  line-break: strict;
  color: var(--_fg);
`;
