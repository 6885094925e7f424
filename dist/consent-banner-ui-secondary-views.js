//# allFunctionsCalledOnLoad
import{i as e,A as t,d as o,c as a,r as n,l as i}from"./consent-banner-ui.js";import{switchStyles as r,renderSwitch as s}from"./consent-banner-ui-switch.js";const l=[r,e` .save{background:var(--_accent);color:var(--_accent-fg);border-color:var(--_accent)}.intro a:not(:last-of-type){margin-inline-end:12px}.notice p + p{margin-top:4px}.delivery:empty{display:none}.delivery.failed{color:var(--_error);font-weight:700}#notice-title:focus{outline:none}.consent-id{margin-top:12px;color:var(--_muted);font-size:13px;word-break:break-all}.dialog-header{display:flex;align-items:center;justify-content:space-between;gap:8px;padding:var(--_space) var(--_space) 0}.dialog-header h2{margin:0}.close{display:grid;place-items:center;width:40px;height:40px;border:0;border-radius:50%;background:transparent;color:var(--_fg);font-size:24px;line-height:1}dialog[open][part~='preferences']{display:flex;flex-direction:column}.dialog-body{flex:1 1 auto;min-height:0;overflow-y:auto;padding:8px var(--_space) var(--_space)}.intro{color:var(--_muted)}.categories{list-style:none;margin:var(--_space) 0 0;padding:0;border-top:1px solid var(--_border)}.category{padding:12px 0;border-bottom:1px solid var(--_border)}.category-head{display:flex;align-items:center;justify-content:space-between;gap:12px}.category-title{font-weight:700}.category p{margin-top:4px;color:var(--_muted);font-size:14px}.dialog-footer{flex:none;justify-content:flex-end;padding:12px var(--_space) var(--_space);background:var(--_bg);border-top:1px solid var(--_border)}@media (max-height:480px){dialog[open][part~='preferences']{display:block}}@media (max-width:560px){.dialog-footer{flex-direction:column;align-items:stretch;width:100%}}`];function c(e){const{manager:r,strings:l,lang:c}=e,d=r.getDecision();return a`
    <dialog part="preferences" aria-labelledby="preferences-title" lang=${c} @cancel=${e.onDialogCancel} @close=${e.onDialogClose}>
      <div class="dialog-header">
        <h2 id="preferences-title">${l.preferencesTitle}</h2>
        <button part="button button-close" class="close" aria-label=${l.close} @click=${()=>r.closePreferences()}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div class="dialog-body">
        <p class="intro">${l.preferencesIntro} ${e.policyLinks}</p>
        <ul class="categories">
          ${r.config.categories.map(n=>function(e,n){const{manager:r,strings:l,lang:c}=e,{title:d,description:p}=o(n,l,c),g=i(n.whenOff,c),u=r.config.vendors.filter(e=>e.category===n.id),b=n.required||!0===e.draft[n.id],f=`category-${n.id}`,$=n.required?`${f}-description ${f}-locked`:`${f}-description`;return a`
    <li part="category" class="category">
      <div class="category-head">
        <span class="category-title" id="${f}-title">${d}</span>
        ${s({on:b,locked:n.required,categoryId:n.id,strings:l,onToggle:()=>e.toggle(n),labelledBy:`${f}-title`,describedBy:$})}
      </div>
      <p id="${f}-description">${p}</p>
      ${n.required?a`<p id="${f}-locked">${l.serviceLocked}</p>`:t}
      ${g?a`<p class="when-off">${l.whenOffLabel}${g}</p>`:t}
      ${u.length?a`<p class="vendors">
            ${l.vendorsLabel}${u.map((e,t)=>a`${t?"ja"===c?"、":", ":""}${e.policyUrl?a`<a href=${e.policyUrl} rel="noopener" target="_blank">${i(e.name,c)}</a>`:i(e.name,c)}`)}
          </p>`:t}
    </li>
  `}(e,n))}
        </ul>
        ${d?a`<p part="consent-id" class="consent-id">
              ${l.consentIdLabel(d.consentId,new Intl.DateTimeFormat(c,{dateStyle:"long",timeStyle:"short"}).format(d.time))}
            </p>`:t}
      </div>
      <div part="actions" class="actions dialog-footer">
        ${n(l,t=>e.decide(t,"preferences"))}
        <button part="button button-save" class="save" @click=${()=>r.set(e.draft,"preferences")}>
          ${l.save}
        </button>
      </div>
    </dialog>
  `}function d(e){const{manager:n,strings:i,lang:r}=e,s=n.getNotice();if(!s)return t;let l="",c=t,d=t;if("opt-out"===s.type){const e=n.config.categories.find(e=>e.id===s.category),t={none:"",pending:i.optOutPending,sent:i.optOutSent,failed:i.optOutFailed}[s.delivery];l=i.optOutTitle,c=a`
      <p>${"marketing"===e.id?i.optOutMarketing:i.optOutCategory(o(e,i,r).title)}</p>
      <p>${i.optOutImportant}</p>
      <p part="delivery" class=${"failed"===s.delivery?"delivery failed":"delivery"} role="status">${t}</p>
    `,d=a`
      <button part="button button-undo" class="secondary" @click=${s.undo}>${i.undo}</button>
      <button part="button button-settings" class="secondary" @click=${()=>n.showPreferences()}>${i.openSettings}</button>`}else"storage-unavailable"===s.type?c=a`<p>${i.cannotRemember}</p>`:(l=i.policyUpdatedTitle,c=a`<p>${i.policyUpdated} ${e.policyLinks}</p>`);return a`
    <section part="notice" class="banner notice" role="region" aria-labelledby="notice-title" lang=${r}>
      <div class="banner-body">
        <h2 id="notice-title" tabindex="-1">${l||i.bannerTitle}</h2>
        ${c}
      </div>
      <div part="actions" class="actions">
        ${d}
        <button part="button button-close-notice" class="secondary" @click=${()=>n.dismissNotice()}>${i.close}</button>
      </div>
    </section>
  `}export{d as renderNotice,c as renderPreferences,l as secondaryViewStyles};
