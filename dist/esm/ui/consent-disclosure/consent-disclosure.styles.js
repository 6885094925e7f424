import { css } from 'lit';

const consentDisclosureStyles = css `
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
    color: var(--consent-fg, #1b1f24);
  }

  .wrapper {
    overflow-x: auto;
  }

  table {
    width: 100%;
    border-collapse: collapse;
    background: var(--consent-bg, #ffffff);
  }

  th,
  td {
    padding: 10px 12px;
    border: 1px solid var(--consent-border, #c9ced6);
    text-align: start;
    vertical-align: top;
  }

  thead th {
    background: var(--consent-header-bg, #eef0f3);
    white-space: nowrap;
  }

  a {
    color: var(--consent-accent, #0a58c2);
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
    background: var(--consent-switch-off, #6b7280);
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
    background: var(--consent-accent, #0a58c2);
  }

  [aria-checked='true'] .thumb {
    transform: translateX(18px);
  }

  [aria-disabled='true'] {
    cursor: not-allowed;
  }

  :focus-visible {
    outline: 3px solid var(--consent-focus, #0a58c2);
    outline-offset: 2px;
  }

  @media (prefers-reduced-motion: reduce) {
    .thumb {
      transition: none;
    }
  }
`;

export { consentDisclosureStyles };
