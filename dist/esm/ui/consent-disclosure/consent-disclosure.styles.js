import { css } from 'lit';
import { themeTokens } from '../shared/theme.js';

const consentDisclosureStyles = [
    themeTokens,
    css `
  /* Typography on the inner box too: page rules on the host element would otherwise be inherited. */
  :host,
  .wrapper, p {
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    font-style: normal;
  }

  :host {
    all: initial;
    display: block;
    font-family: var(--consent-font, system-ui, -apple-system, 'Hiragino Sans', 'Noto Sans JP', Meiryo, sans-serif);
    font-size: 15px;
    line-height: 1.6;
    color: var(--_fg);
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

  a {
    color: var(--_accent);
  }

  [role='switch'] {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    min-height: 32px;
    padding: 2px 4px;
    border: 0;
    border-radius: 999px;
    background: transparent;
    color: inherit;
    font: inherit;
    font-size: 14px;
    cursor: pointer;
    white-space: nowrap;
  }

  .track {
    position: relative;
    width: 44px;
    height: 26px;
    border-radius: 13px;
    background: var(--_switch-off);
  }

  .thumb {
    position: absolute;
    top: 3px;
    left: 3px;
    width: 20px;
    height: 20px;
    border-radius: 50%;
    background: #ffffff;
    transition: transform 0.15s;
  }

  [aria-checked='true'] .track {
    background: var(--_accent);
  }

  [aria-checked='true'] .thumb {
    transform: translateX(18px);
  }

  [aria-disabled='true'] {
    cursor: not-allowed;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  @media (prefers-reduced-motion: reduce) {
    .thumb {
      transition: none;
    }
  }
`,
];

export { consentDisclosureStyles };
