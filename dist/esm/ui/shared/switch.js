import { css, nothing, html } from 'lit';

/** The on/off switch of the preferences and the disclosure table: `role="switch"`, its state also in words. */
const switchStyles = css `
  [role='switch'] {
    display: inline-flex;
    flex: none;
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
    transition: background-color 0.15s;
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

  [aria-disabled='true'] .track {
    opacity: 0.6;
  }

  .switch-state {
    min-width: 4.5em;
    text-align: start;
  }

  @media (prefers-reduced-motion: reduce) {
    .track,
    .thumb {
      transition: none;
    }
  }
`;
function renderSwitch({ on, locked, categoryId, strings, onToggle, labelledBy, label, describedBy }) {
    return html `
    <button
      part="switch"
      role="switch"
      type="button"
      aria-checked=${on ? 'true' : 'false'}
      aria-disabled=${locked ? 'true' : nothing}
      aria-labelledby=${labelledBy ?? nothing}
      aria-label=${label ?? nothing}
      aria-describedby=${describedBy ?? nothing}
      data-category=${categoryId}
      @click=${onToggle}
    >
      <span class="track"><span class="thumb"></span></span>
      <span class="switch-state" aria-hidden="true">${locked ? strings.alwaysOn : on ? strings.on : strings.off}</span>
    </button>
  `;
}

export { renderSwitch, switchStyles };
