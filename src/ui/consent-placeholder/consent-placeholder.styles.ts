import { css } from 'lit';
import { themeTokens, typography } from '../shared/theme.js';

export const consentPlaceholderStyles = [
  themeTokens,
  css`
  :host {
    all: initial;
    display: block;
    box-sizing: border-box;
    max-width: 100%;
  }

  .placeholder {
    ${typography}
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
    background: var(--consent-placeholder-bg, var(--_surface));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
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
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_accent);
    color: var(--_accent-fg);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }

  a {
    color: var(--_accent);
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`,
];
