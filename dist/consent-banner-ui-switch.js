//# allFunctionsCalledOnLoad
import{i as a,A as t,c as r}from"./consent-banner-ui.js";const e=a`[role=switch]{min-height:32px;color:inherit;font:inherit;cursor:pointer;white-space:nowrap;background:0 0;border:0;border-radius:999px;flex:none;align-items:center;gap:8px;padding:2px 4px;font-size:14px;display:inline-flex}.track{background:var(--_switch-off);border-radius:13px;width:44px;height:26px;transition:background-color .15s;position:relative}.thumb{background:#fff;border-radius:50%;width:20px;height:20px;transition:transform .15s;position:absolute;top:3px;left:3px}[aria-checked=true] .track{background:var(--_accent)}[aria-checked=true] .thumb{transform:translate(18px)}[aria-disabled=true]{cursor:not-allowed}[aria-disabled=true] .track{opacity:.6}.switch-state{text-align:start;min-width:4.5em}@media (prefers-reduced-motion:reduce){.track,.thumb{transition:none}}`;function i({on:a,locked:e,categoryId:i,strings:n,onToggle:o,labelledBy:s,label:c,describedBy:d}){return r`
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
