//# allFunctionsCalledOnLoad
import{t as e,a as t,i as r,b as a,P as o,A as s,c as n,d as i,l,C as p}from"./consent-banner-ui.js";import{switchStyles as d,renderSwitch as c}from"./consent-banner-ui-switch.js";const g=[e,d,r` :host{all:initial;display:block}.wrapper,.empty,.note{${t}}.wrapper{overflow-x:auto;background:linear-gradient(to right,var(--_bg) 30%,transparent) left / 40px 100% no-repeat local,linear-gradient(to left,var(--_bg) 30%,transparent) right / 40px 100% no-repeat local,radial-gradient(farthest-side at 0 50%,rgb(0 0 0 / 0.25),transparent) left / 14px 100% no-repeat scroll,radial-gradient(farthest-side at 100% 50%,rgb(0 0 0 / 0.25),transparent) right / 14px 100% no-repeat scroll,var(--_bg)}.empty,.note{margin:0;background:var(--_bg);border:1px solid var(--_border)}.empty{padding:12px 16px;border-radius:var(--_radius)}.note{padding:8px 12px;border-top:0;color:var(--_muted);font-size:14px}table{width:100%;border-collapse:collapse}th,td{padding:10px 12px;border:1px solid var(--_border);text-align:start;vertical-align:top}thead th{background:var(--consent-header-bg,var(--_surface));white-space:nowrap}a{color:var(--_accent);white-space:nowrap}th[scope='row'],.category{word-break:keep-all;word-break:auto-phrase}:focus-visible{outline:3px solid var(--_focus);outline-offset:2px}`];class u extends a{constructor(){super(...arguments),this.pageLanguage=new o(this,()=>this.manager?.config)}connectedCallback(){super.connectedCallback(),this.subscribe()}disconnectedCallback(){super.disconnectedCallback(),this.unsubscribe?.()}willUpdate(e){e.has("manager")&&this.subscribe()}subscribe(){this.unsubscribe?.(),this.unsubscribe=this.manager?.onChange(()=>this.requestUpdate())}getUpdateComplete(){return this.pageLanguage.afterLoading(()=>super.getUpdateComplete())}render(){const e=this.manager,t=e&&this.pageLanguage.current;if(!e||!t)return s;const{language:r,strings:a}=t,o=a.disclosureColumns,p=e.config.vendors,d=p.some(e=>e.optOutUrl);return p.length?n`
      <div class="wrapper" role="region" tabindex="0" aria-label=${a.disclosureTableLabel} lang=${r}>
        <table part="table">
          <thead>
            <tr>
              <th scope="col">${o.recipient}</th>
              <th scope="col">${o.data}</th>
              <th scope="col">${o.purpose}</th>
              <th scope="col">${o.category}</th>
              <th scope="col">${o.optOut}</th>
              ${d?n`<th scope="col">${o.vendorOptOut}</th>`:s}
            </tr>
          </thead>
          <tbody>
            ${p.map(t=>{const o=e.config.categories.find(e=>e.id===t.category),p=i(o,a,r).title,g=l(t.name,r)??t.id,u=e.isGranted(o.id);return n`
                <tr data-vendor=${t.id}>
                  <th scope="row">
                    ${g}${t.policyUrl?n`<br /><a href=${t.policyUrl} rel="noopener" target="_blank">${a.policyLink}</a>`:s}
                  </th>
                  <td>${l(t.data,r)??""}</td>
                  <td>${l(t.purpose,r)??""}</td>
                  <td class="category">${p}</td>
                  <td>
                    ${c({on:u,locked:o.required,categoryId:o.id,strings:a,onToggle:()=>!o.required&&e.set({[o.id]:!u},"preferences"),label:`${p}（${g}）`})}
                  </td>
                  ${d?n`<td class="vendor-opt-out">
                        ${t.optOutUrl?n`<a href=${t.optOutUrl} rel="noopener" target="_blank">${a.disclosureVendorOptOutLink}</a>`:a.disclosureNoVendorOptOut}
                      </td>`:s}
                </tr>
              `})}
          </tbody>
        </table>
      </div>
      <p part="note" class="note" lang=${r}>${a.disclosureNote}</p>
    `:n`<p class="empty" lang=${r}>${a.disclosureEmpty}</p>`}}function b(e=customElements){e.get(p)||e.define(p,u)}u.styles=g,u.properties={manager:{attribute:!1}};export{p as CONSENT_DISCLOSURE_TAG,u as ConsentDisclosureElement,b as defineConsentDisclosure};
