import { css } from 'lit';
import { switchStyles } from '../shared/switch.js';
import { themeTokens, typography } from '../shared/theme.js';

const consentDisclosureStyles = [
    themeTokens,
    switchStyles,
    css `
  :host {
    all: initial;
    display: block;
  }

  .wrapper,
  .empty {
    ${typography}
  }

  .wrapper {
    overflow-x: auto;
  }

  /* Its own background, so the text keeps its contrast whatever the page behind it. */
  .empty {
    margin: 0;
    padding: 12px 16px;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  table {
    width: 100%;
    border-collapse: collapse;
    background: var(--_bg);
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

export { consentDisclosureStyles };
