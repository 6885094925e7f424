//# allFunctionsCalledOnLoad
import{i as e,A as t,d as o,c as a,r as n,l as i}from"./consent-banner-ui.js";import{switchStyles as r,renderSwitch as s}from"./consent-banner-ui-switch.js";const c=[r,e`.save{background:var(--_accent);color:var(--_accent-fg);border-color:var(--_accent)}.intro a:has(+a){margin-inline-end:12px}.notice p+p{margin-top:4px}.delivery:empty{display:none}.delivery.failed{color:var(--_error);font-weight:700}#notice-title:focus{outline:none}.consent-id{color:var(--_muted);word-break:break-all;margin-top:12px;font-size:13px}.dialog-header{padding:var(--_space) var(--_space) 0;justify-content:space-between;align-items:center;gap:8px;display:flex}.dialog-header h2{margin:0}.close{width:40px;height:40px;color:var(--_fg);background:0 0;border:0;border-radius:50%;place-items:center;font-size:24px;line-height:1;display:grid}.dialog-body{padding:8px var(--_space) var(--_space)}.intro{color:var(--_muted)}.categories{margin:var(--_space) 0 0;border-top:1px solid var(--_border);padding:0;list-style:none}.category{border-bottom:1px solid var(--_border);padding:12px 0}.category-head{justify-content:space-between;align-items:center;gap:12px;display:flex}.category-title{font-weight:700}.category p{color:var(--_muted);margin-top:4px;font-size:14px}.dialog-footer{padding:12px var(--_space) var(--_space);background:var(--_bg);border-top:1px solid var(--_border);justify-content:flex-end;position:sticky;bottom:0}@media (width<=560px){.dialog-footer{flex-direction:column;align-items:stretch;width:100%}}`];function l(e){const{manager:r,strings:c,lang:l}=e,d=r.getDecision();return a`
    <dialog part="preferences" aria-labelledby="preferences-title" lang=${l} @cancel=${e.onDialogCancel} @close=${e.onDialogClose}>
      <div class="dialog-header">
        <h2 id="preferences-title">${c.preferencesTitle}</h2>
        <button part="button button-close" class="close" aria-label=${c.close} @click=${()=>r.closePreferences()}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div class="dialog-body">
        <p class="intro">${c.preferencesIntro} ${e.policyLinks}</p>
        <ul class="categories">
          ${r.config.categories.map(n=>function(e,n){const{manager:r,strings:c,lang:l}=e,{title:d,description:p}=o(n,c,l),g=i(n.whenOff,l),u=r.config.vendors.filter(e=>e.category===n.id),b=n.required||!0===e.draft[n.id],$=`category-${n.id}`,f=n.required?`${$}-description ${$}-locked`:`${$}-description`;return a`
    <li part="category" class="category">
      <div class="category-head">
        <span class="category-title" id="${$}-title">${d}</span>
        ${s({on:b,locked:n.required,categoryId:n.id,strings:c,onToggle:()=>e.toggle(n),labelledBy:`${$}-title`,describedBy:f})}
      </div>
      <p id="${$}-description">${p}</p>
      ${n.required?a`<p id="${$}-locked">${c.serviceLocked}</p>`:t}
      ${g?a`<p class="when-off">${c.whenOffLabel}${g}</p>`:t}
      ${u.length?a`<p class="vendors">
            ${c.vendorsLabel}${u.map((e,t)=>a`${t?"ja"===l?"、":", ":""}${e.policyUrl?a`<a href=${e.policyUrl} rel="noopener" target="_blank">${i(e.name,l)}</a>`:i(e.name,l)}`)}
          </p>`:t}
    </li>
  `}(e,n))}
        </ul>
        ${d?a`<p part="consent-id" class="consent-id">
              ${c.consentIdLabel(d.consentId,new Intl.DateTimeFormat(l,{dateStyle:"long",timeStyle:"short"}).format(d.time))}
            </p>`:t}
      </div>
      <div part="actions" class="actions dialog-footer">
        ${n(c,t=>e.decide(t,"preferences"))}
        <button part="button button-save" class="save" @click=${()=>r.set(e.draft,"preferences")}>
          ${c.save}
        </button>
      </div>
    </dialog>
  `}function d(e){const{manager:n,strings:i,lang:r}=e,s=n.getNotice();if(!s)return t;let c="",l=t,d=t;if("opt-out"===s.type){const e=n.config.categories.find(e=>e.id===s.category),t={none:"",pending:i.optOutPending,sent:i.optOutSent,failed:i.optOutFailed}[s.delivery];c=i.optOutTitle,l=a`
      <p>${"marketing"===e.id?i.optOutMarketing:i.optOutCategory(o(e,i,r).title)}</p>
      <p>${i.optOutImportant}</p>
      <p part="delivery" class=${"failed"===s.delivery?"delivery failed":"delivery"} role="status">${t}</p>
    `,d=a`
      <button part="button button-undo" class="secondary" @click=${s.undo}>${i.undo}</button>
      <button part="button button-settings" class="secondary" @click=${()=>n.showPreferences()}>${i.openSettings}</button>`}else l="storage-unavailable"===s.type?a`<p>${i.cannotRemember}</p>`:a`<p>${i.policyUpdated} ${e.policyLinks}</p>`;return a`
    <section part="notice" class="banner notice" role="region" aria-labelledby="notice-title" lang=${r}>
      <div class="banner-body">
        <h2 id="notice-title" tabindex="-1">${c||i.bannerTitle}</h2>
        ${l}
      </div>
      <div part="actions" class="actions">
        ${d}
        <button part="button button-close-notice" class="secondary" @click=${()=>n.dismissNotice()}>${i.close}</button>
      </div>
    </section>
  `}export{d as renderNotice,l as renderPreferences,c as secondaryViewStyles};
