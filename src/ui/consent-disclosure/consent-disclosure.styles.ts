import { css } from 'lit';
import { switchStyles } from '../shared/switch.js';
import { themeTokens, typography } from '../shared/theme.js';

export const consentDisclosureStyles = [
  themeTokens,
  switchStyles,
  css`
  :host {
    all: initial;
    display: block;
  }

  .wrapper,
  .empty,
  .note {
    ${typography}
  }

  /* Scrolls sideways on a phone; shadows at its edges show there is more (they scroll away at each end). */
  .wrapper {
    overflow-x: auto;
    background:
      linear-gradient(to right, var(--_bg) 30%, transparent) left / 40px 100% no-repeat local,
      linear-gradient(to left, var(--_bg) 30%, transparent) right / 40px 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, rgb(0 0 0 / 0.25), transparent) left / 14px 100% no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, rgb(0 0 0 / 0.25), transparent) right / 14px 100% no-repeat scroll,
      var(--_bg);
  }

  /* Their own background, so the text keeps its contrast whatever the page behind it. */
  .empty,
  .note {
    margin: 0;
    background: var(--_bg);
    border: 1px solid var(--_border);
  }

  .empty {
    padding: 12px 16px;
    border-radius: var(--_radius);
  }

  /* Under the table, as its last row. */
  .note {
    padding: 8px 12px;
    border-top: 0;
    color: var(--_muted);
    font-size: 14px;
  }

  table {
    width: 100%;
    border-collapse: collapse;
  }

  th,
  td {
    padding: 10px 12px;
    border: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }

  thead th {
    background: var(--consent-header-bg, var(--_surface));
    white-space: nowrap;
  }

  /* Short names: never broken mid-word. */
  a {
    color: var(--_accent);
    white-space: nowrap;
  }

  /* Names break between phrases (Chromium), else only at spaces and punctuation. */
  th[scope='row'],
  .category {
    word-break: keep-all;
    word-break: auto-phrase;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

`,
];
