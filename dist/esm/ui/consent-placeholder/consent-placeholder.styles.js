import { css } from 'lit';

const consentPlaceholderStyles = css `
  /* Typography on the inner box too: page rules on the host element would otherwise be inherited. */
  :host,
  .placeholder {
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    font-style: normal;
  }

  :host {
    all: initial;
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    font-family: var(--consent-font, system-ui, -apple-system, 'Hiragino Sans', 'Noto Sans JP', Meiryo, sans-serif);
    font-size: 15px;
    line-height: 1.6;
    color: var(--consent-fg, #1b1f24);
  }

  .placeholder {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 8px;
    box-sizing: border-box;
    width: 100%;
    height: 100%;
    min-height: 150px;
    padding: 16px;
    overflow: auto;
    text-align: center;
    background: var(--consent-placeholder-bg, #eef0f3);
    border: 1px solid var(--consent-border, #c9ced6);
    border-radius: var(--consent-radius, 12px);
  }

  p {
    margin: 0;
    max-width: 36em;
  }

  .title {
    font-weight: 700;
  }

  button {
    min-height: 44px;
    padding: 8px 18px;
    border: 2px solid var(--consent-accent, #0a58c2);
    border-radius: calc(var(--consent-radius, 12px) / 2);
    background: var(--consent-accent, #0a58c2);
    color: var(--consent-accent-fg, #ffffff);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }

  a {
    color: var(--consent-accent, #0a58c2);
  }

  :focus-visible {
    outline: 3px solid var(--consent-focus, #0a58c2);
    outline-offset: 2px;
  }
`;

export { consentPlaceholderStyles };
