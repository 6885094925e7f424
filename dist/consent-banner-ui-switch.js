//# allFunctionsCalledOnLoad
import{i as a,A as t,c as r}from"./consent-banner-ui.js";const e=a` [role='switch']{display:inline-flex;flex:none;align-items:center;gap:8px;min-height:32px;padding:2px 4px;border:0;border-radius:999px;background:transparent;color:inherit;font:inherit;font-size:14px;cursor:pointer;white-space:nowrap}.track{position:relative;width:44px;height:26px;border-radius:13px;background:var(--_switch-off);transition:background-color 0.15s}.thumb{position:absolute;top:3px;left:3px;width:20px;height:20px;border-radius:50%;background:#ffffff;transition:transform 0.15s}[aria-checked='true'] .track{background:var(--_accent)}[aria-checked='true'] .thumb{transform:translateX(18px)}[aria-disabled='true']{cursor:not-allowed}[aria-disabled='true'] .track{opacity:0.6}.switch-state{min-width:4.5em;text-align:start}@media (prefers-reduced-motion:reduce){.track,.thumb{transition:none}}`;function i({on:a,locked:e,categoryId:i,strings:n,onToggle:o,labelledBy:s,label:c,describedBy:d}){return r`
    <button
      part="switch"
      role="switch"
      type="button"
      aria-checked=${a?"true":"false"}
      aria-disabled=${e?"true":t}
      aria-labelledby=${s??t}
      aria-label=${c??t}
      aria-describedby=${d??t}
      data-category=${i}
      @click=${o}
    >
      <span class="track"><span class="thumb"></span></span>
      <span class="switch-state" aria-hidden="true">${e?n.alwaysOn:a?n.on:n.off}</span>
    </button>
  `}export{i as renderSwitch,e as switchStyles};
