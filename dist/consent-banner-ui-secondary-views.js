//# allFunctionsCalledOnLoad
import{i as e,A as t,d as o,c as n,r as a,l as i}from"./consent-banner-ui.js";import{switchStyles as r,renderSwitch as s}from"./consent-banner-ui-switch.js";const c=[r,e`
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
`];function l(e){const{manager:r,strings:c,lang:l}=e,d=r.getDecision();return n`
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
          ${r.config.categories.map(a=>function(e,a){const{manager:r,strings:c,lang:l}=e,{title:d,description:p}=o(a,c,l),g=i(a.whenOff,l),b=r.config.vendors.filter(e=>e.category===a.id),u=a.required||!0===e.draft[a.id],f=`category-${a.id}`,$=a.required?`${f}-description ${f}-locked`:`${f}-description`;return n`
    <li part="category" class="category">
      <div class="category-head">
        <span class="category-title" id="${f}-title">${d}</span>
        ${s({on:u,locked:a.required,categoryId:a.id,strings:c,onToggle:()=>e.toggle(a),labelledBy:`${f}-title`,describedBy:$})}
      </div>
      <p id="${f}-description">${p}</p>
      ${a.required?n`<p id="${f}-locked">${c.serviceLocked}</p>`:t}
      ${g?n`<p class="when-off">${c.whenOffLabel}${g}</p>`:t}
      ${b.length?n`<p class="vendors">
            ${c.vendorsLabel}${b.map((e,t)=>n`${t?"ja"===l?"、":", ":""}${e.policyUrl?n`<a href=${e.policyUrl} rel="noopener" target="_blank">${i(e.name,l)}</a>`:i(e.name,l)}`)}
          </p>`:t}
    </li>
  `}(e,a))}
        </ul>
        ${d?n`<p part="consent-id" class="consent-id">
              ${c.consentIdLabel(d.consentId,new Intl.DateTimeFormat(l,{dateStyle:"long",timeStyle:"short"}).format(d.time))}
            </p>`:t}
      </div>
      <div part="actions" class="actions dialog-footer">
        ${a(c,t=>e.decide(t,"preferences"))}
        <button part="button button-save" class="save" @click=${()=>r.set(e.draft,"preferences")}>
          ${c.save}
        </button>
      </div>
    </dialog>
  `}function d(e){const{manager:a,strings:i,lang:r}=e,s=a.getNotice();if(!s)return t;let c="",l=t,d=t;if("opt-out"===s.type){const e=a.config.categories.find(e=>e.id===s.category),t={none:"",pending:i.optOutPending,sent:i.optOutSent,failed:i.optOutFailed}[s.delivery];c=i.optOutTitle,l=n`
      <p>${"marketing"===e.id?i.optOutMarketing:i.optOutCategory(o(e,i,r).title)}</p>
      <p>${i.optOutImportant}</p>
      <p part="delivery" class=${"failed"===s.delivery?"delivery failed":"delivery"} role="status">${t}</p>
    `,d=n`
      <button part="button button-undo" class="secondary" @click=${s.undo}>${i.undo}</button>
      <button part="button button-settings" class="secondary" @click=${()=>a.showPreferences()}>${i.openSettings}</button>`}else l="storage-unavailable"===s.type?n`<p>${i.cannotRemember}</p>`:n`<p>${i.policyUpdated} ${e.policyLinks}</p>`;return n`
    <section part="notice" class="banner notice" role="region" aria-labelledby="notice-title" lang=${r}>
      <div class="banner-body">
        <h2 id="notice-title" tabindex="-1">${c||i.bannerTitle}</h2>
        ${l}
      </div>
      <div part="actions" class="actions">
        ${d}
        <button part="button button-close-notice" class="secondary" @click=${()=>a.dismissNotice()}>${i.close}</button>
      </div>
    </section>
  `}export{d as renderNotice,l as renderPreferences,c as secondaryViewStyles};
