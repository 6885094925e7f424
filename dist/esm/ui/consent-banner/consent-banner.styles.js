import { css } from 'lit';
import { themeTokens, typography } from '../shared/theme.js';

/*
 * Sizes are in px, never rem: a host page's `html { font-size: 62.5% }` must
 * not shrink the widget. `all: initial` on the host keeps inherited page
 * styles (colour, font, letter-spacing) out; custom properties still pass in,
 * which is what makes them the theming API.
 */
const consentBannerStyles = [
    themeTokens,
    css `
  :host {
    all: initial;
  }

  .banner,
  dialog,
  .floating,
  .visually-hidden {
    ${typography}
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  h2 {
    margin: 0 0 6px;
    font-size: 17px;
    line-height: 1.4;
    font-weight: 700;
  }

  p {
    margin: 0;
  }

  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 2px;
  }

  /* Short names: never broken mid-word. */
  [part~='policy-link'],
  [part~='disclosure-link'] {
    white-space: nowrap;
  }

  button {
    font: inherit;
    cursor: pointer;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .banner {
    position: fixed;
    z-index: var(--consent-z-index, 2147483000);
    inset: auto 0 0 0;
    display: flex;
    flex-wrap: wrap;
    gap: 12px var(--_space);
    align-items: center;
    justify-content: center;
    padding: var(--_space) max(var(--_space), calc((100vw - var(--consent-max-width, 1120px)) / 2));
    background: var(--_bg);
    color: var(--_fg);
    border-top: 1px solid var(--_border);
    box-shadow: var(--_shadow);
    max-height: 80vh;
    overflow: auto;
  }

  :host([layout='bar-top']) .banner {
    inset: 0 0 auto 0;
    border-top: 0;
    border-bottom: 1px solid var(--_border);
  }

  /* A box in the corner, leaving the rest of the page free. */
  :host([layout='box']) .banner {
    inset: auto 16px 16px auto;
    width: min(420px, calc(100vw - 32px));
    padding: var(--_space);
    flex-direction: column;
    align-items: stretch;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  :host([layout='box']) .banner-body,
  .in-dialog .banner-body {
    flex: none;
  }

  :host([layout='box']) .banner .actions,
  .in-dialog .actions {
    flex-direction: column;
    align-items: stretch;
  }

  /* Inside the modal layout's dialog the banner is no longer fixed to an edge. */
  .banner.in-dialog {
    position: static;
    flex-direction: column;
    align-items: stretch;
    max-height: none;
    padding: var(--_space);
    border: 0;
    box-shadow: none;
  }

  .banner-dialog {
    width: min(520px, calc(100vw - 24px));
  }

  .floating {
    position: fixed;
    z-index: var(--consent-z-index, 2147483000);
    display: grid;
    place-items: center;
    width: 48px;
    height: 48px;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: 50%;
    background: var(--_bg);
    color: var(--_fg);
    box-shadow: 0 2px 12px rgb(0 0 0 / 0.25);
  }

  .floating.bottom-left {
    inset: auto auto 16px 16px;
  }

  .floating.bottom-right {
    inset: auto 16px 16px auto;
  }

  .floating.top-left {
    inset: 16px auto auto 16px;
  }

  .floating.top-right {
    inset: 16px 16px auto auto;
  }

  .banner-body {
    flex: 1 1 420px;
    min-width: 0;
  }

  .note,
  .reason {
    margin-top: 6px;
    font-size: 14px;
  }

  .reason {
    font-weight: 700;
  }

  /* At a line end, not indenting the next line. */
  .banner a:not(:last-of-type) {
    margin-inline-end: 12px;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }

  .banner .actions {
    flex: 0 1 auto;
  }

  /* Accept all and Reject all share one class, so neither is nudged. */
  .choice,
  .secondary,
  .save {
    min-height: 44px;
    padding: 8px 18px;
    border-radius: calc(var(--_radius) / 2);
    font-size: 15px;
    font-weight: 700;
    line-height: 1.4;
    border: 2px solid transparent;
  }

  .choice {
    background: var(--_choice-bg);
    color: var(--_choice-fg);
    border-color: var(--_choice-bg);
  }

  .secondary {
    background: transparent;
    color: var(--_fg);
    border-color: var(--_border);
  }

  dialog {
    width: min(600px, calc(100vw - 24px));
    max-height: calc(100vh - 24px);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    box-shadow: 0 12px 48px rgb(0 0 0 / 0.3);
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }

  @media (max-width: 560px) {
    .banner .actions {
      flex-direction: column;
      align-items: stretch;
      width: 100%;
    }
  }

`,
];

export { consentBannerStyles };
