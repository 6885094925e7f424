import { css } from 'lit';
import { switchStyles } from '../shared/switch.js';

/** Styles of the preferences dialog and the notices, adopted when their chunk arrives (see consent-banner.styles.ts for the rest). */
const secondaryViewStyles = [
    switchStyles,
    css `
  /* Its shape comes with the other buttons' (consent-banner.styles.ts). */
  .save {
    background: var(--_accent);
    color: var(--_accent-fg);
    border-color: var(--_accent);
  }

  /* At a line end, not indenting the next line. */
  .intro a:not(:last-of-type) {
    margin-inline-end: 12px;
  }

  .notice p + p {
    margin-top: 4px;
  }

  .delivery:empty {
    display: none;
  }

  .delivery.failed {
    color: var(--_error);
    font-weight: 700;
  }

  #notice-title:focus {
    outline: none;
  }

  .consent-id {
    margin-top: 12px;
    color: var(--_muted);
    font-size: 13px;
    word-break: break-all;
  }

  .dialog-header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    padding: var(--_space) var(--_space) 0;
  }

  .dialog-header h2 {
    margin: 0;
  }

  .close {
    display: grid;
    place-items: center;
    width: 40px;
    height: 40px;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: var(--_fg);
    font-size: 24px;
    line-height: 1;
  }

  /* Only the body scrolls: the buttons stay in view, and nothing focused can hide behind them (WCAG 2.4.11). */
  dialog[open][part~='preferences'] {
    display: flex;
    flex-direction: column;
  }

  .dialog-body {
    flex: 1 1 auto;
    min-height: 0;
    overflow-y: auto;
    padding: 8px var(--_space) var(--_space);
  }

  .intro {
    color: var(--_muted);
  }

  .categories {
    list-style: none;
    margin: var(--_space) 0 0;
    padding: 0;
    border-top: 1px solid var(--_border);
  }

  .category {
    padding: 12px 0;
    border-bottom: 1px solid var(--_border);
  }

  .category-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 12px;
  }

  .category-title {
    font-weight: 700;
  }

  .category p {
    margin-top: 4px;
    color: var(--_muted);
    font-size: 14px;
  }

  .dialog-footer {
    flex: none;
    justify-content: flex-end;
    padding: 12px var(--_space) var(--_space);
    background: var(--_bg);
    border-top: 1px solid var(--_border);
  }

  /* Too short to keep the buttons in view as well (a landscape phone, 400% zoom): the dialog scrolls as a whole. */
  @media (max-height: 480px) {
    dialog[open][part~='preferences'] {
      display: block;
    }
  }

  @media (max-width: 560px) {
    .dialog-footer {
      flex-direction: column;
      align-items: stretch;
      width: 100%;
    }
  }
`,
];

export { secondaryViewStyles };
