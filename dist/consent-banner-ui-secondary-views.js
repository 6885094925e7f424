import{i as e,A as t,d as o,c as a,l as n}from"./consent-banner-ui.js";import{switchStyles as i,renderSwitch as r}from"./consent-banner-ui-switch.js";const c=[i,e`
  .save {
    min-height: 44px;
    padding: 8px 18px;
    border-radius: calc(var(--_radius) / 2);
    font-size: 15px;
    font-weight: 700;
    line-height: 1.4;
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: var(--_accent-fg);
  }

  .intro a + a {
    margin-inline-start: 12px;
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

  .dialog-body {
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
    position: sticky;
    bottom: 0;
    justify-content: flex-end;
    padding: 12px var(--_space) var(--_space);
    background: var(--_bg);
    border-top: 1px solid var(--_border);
  }

  @media (max-width: 560px) {
    .dialog-footer {
      flex-direction: column;
      align-items: stretch;
      width: 100%;
    }
  }
`];function s(e){const{manager:i,strings:c,lang:s}=e,l=i.getDecision();return a`
    <dialog part="preferences" aria-labelledby="preferences-title" lang=${s} @cancel=${e.onDialogCancel} @close=${e.onDialogClose}>
      <div class="dialog-header">
        <h2 id="preferences-title">${c.preferencesTitle}</h2>
        <button part="button button-close" class="close" aria-label=${c.close} @click=${()=>i.closePreferences()}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div class="dialog-body">
        <p class="intro">${c.preferencesIntro} ${e.policyLinks}</p>
        <ul class="categories">
          ${i.config.categories.map(i=>function(e,i){const{manager:c,strings:s,lang:l}=e,{title:d,description:p}=o(i,s,l),g=n(i.whenOff,l),u=c.config.vendors.filter(e=>e.category===i.id),b=i.required||!0===e.draft[i.id],$=`category-${i.id}`,f=i.required?`${$}-description ${$}-locked`:`${$}-description`;return a`
    <li part="category" class="category">
      <div class="category-head">
        <span class="category-title" id="${$}-title">${d}</span>
        ${r({on:b,locked:i.required,categoryId:i.id,strings:s,onToggle:()=>e.toggle(i),labelledBy:`${$}-title`,describedBy:f})}
      </div>
      <p id="${$}-description">${p}</p>
      ${i.required?a`<p id="${$}-locked">${s.serviceLocked}</p>`:t}
      ${g?a`<p class="when-off">${s.whenOffLabel}${g}</p>`:t}
      ${u.length?a`<p class="vendors">
            ${s.vendorsLabel}${u.map((e,t)=>a`${t?"ja"===l?"、":", ":""}${e.policyUrl?a`<a href=${e.policyUrl} rel="noopener" target="_blank">${n(e.name,l)}</a>`:n(e.name,l)}`)}
          </p>`:t}
    </li>
  `}(e,i))}
        </ul>
        ${l?a`<p part="consent-id" class="consent-id">
              ${c.consentIdLabel(l.consentId,new Intl.DateTimeFormat(s,{dateStyle:"long",timeStyle:"short"}).format(l.time))}
            </p>`:t}
      </div>
      <div part="actions" class="actions dialog-footer">
        <button part="button button-accept" class="choice" @click=${()=>e.decide("acceptAll","preferences")}>
          ${c.acceptAll}
        </button>
        <button part="button button-reject" class="choice" @click=${()=>e.decide("rejectAll","preferences")}>
          ${c.rejectAll}
        </button>
        <button part="button button-save" class="save" @click=${()=>i.set(e.draft,"preferences")}>
          ${c.save}
        </button>
      </div>
    </dialog>
  `}function l(e){const{manager:n,strings:i,lang:r}=e,c=n.getNotice();if(!c)return t;let s="",l=t,d=t;if("opt-out"===c.type){const e=n.config.categories.find(e=>e.id===c.category),t={none:"",pending:i.optOutPending,sent:i.optOutSent,failed:i.optOutFailed}[c.delivery];s=i.optOutTitle,l=a`
      <p>${"marketing"===e.id?i.optOutMarketing:i.optOutCategory(o(e,i,r).title)}</p>
      <p>${i.optOutImportant}</p>
      <p part="delivery" class=${"failed"===c.delivery?"delivery failed":"delivery"} role="status">${t}</p>
    `,d=a`
      <button part="button button-undo" class="secondary" @click=${c.undo}>${i.undo}</button>
      <button part="button button-settings" class="secondary" @click=${()=>n.showPreferences()}>${i.openSettings}</button>`}else l="storage-unavailable"===c.type?a`<p>${i.cannotRemember}</p>`:a`<p>${i.policyUpdated} ${e.policyLinks}</p>`;return a`
    <section part="notice" class="banner notice" role="region" aria-labelledby="notice-title" lang=${r}>
      <div class="banner-body">
        <h2 id="notice-title" tabindex="-1">${s||i.bannerTitle}</h2>
        ${l}
      </div>
      <div part="actions" class="actions">
        ${d}
        <button part="button button-close-notice" class="secondary" @click=${()=>n.dismissNotice()}>${i.close}</button>
      </div>
    </section>
  `}export{l as renderNotice,s as renderPreferences,c as secondaryViewStyles};
