//# allFunctionsCalledOnLoad
import{t as e,a as t,i as a,b as r,P as o,A as s,c as n,d as i,l,C as d}from"./consent-banner-ui.js";import{switchStyles as p,renderSwitch as c}from"./consent-banner-ui-switch.js";const g=[e,p,a`
  :host {
    all: initial;
    display: block;
  }

  .wrapper,
  .empty,
  .note {
    ${t}
  }

  /* Scrolls sideways on a phone; shadows at its edges show there is more (they scroll away at each end). */
  .wrapper {
    overflow-x: auto;
    background:
      linear-gradient(to right, var(--_bg) 30%, transparent) left / 40px 100% no-repeat local,
      linear-gradient(to left, var(--_bg) 30%, transparent) right / 40px 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, rgb(0 0 0 / 0.25), transparent) left / 14px 100% no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, rgb(0 0 0 / 0.25), transparent) right / 14px 100% no-repeat scroll,
      var(--_bg);
  }

  /* Their own background, so the text keeps its contrast whatever the page behind it. */
  .empty,
  .note {
    margin: 0;
    background: var(--_bg);
    border: 1px solid var(--_border);
  }

  .empty {
    padding: 12px 16px;
    border-radius: var(--_radius);
  }

  /* Under the table, as its last row. */
  .note {
    padding: 8px 12px;
    border-top: 0;
    color: var(--_muted);
    font-size: 14px;
  }

  table {
    width: 100%;
    border-collapse: collapse;
  }

  th,
  td {
    padding: 10px 12px;
    border: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }

  thead th {
    background: var(--consent-header-bg, var(--_surface));
    white-space: nowrap;
  }

  /* Short names: never broken mid-word. */
  a {
    color: var(--_accent);
    white-space: nowrap;
  }

  /* Names break between phrases (Chromium), else only at spaces and punctuation. */
  th[scope='row'],
  .category {
    word-break: keep-all;
    word-break: auto-phrase;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

`];class h extends r{constructor(){super(...arguments),this.pageLanguage=new o(this,()=>this.manager?.config)}connectedCallback(){super.connectedCallback(),this.subscribe()}disconnectedCallback(){super.disconnectedCallback(),this.unsubscribe?.()}willUpdate(e){e.has("manager")&&this.subscribe()}subscribe(){this.unsubscribe?.(),this.unsubscribe=this.manager?.onChange(()=>this.requestUpdate())}getUpdateComplete(){return this.pageLanguage.afterLoading(()=>super.getUpdateComplete())}render(){const e=this.manager,t=e&&this.pageLanguage.current;if(!e||!t)return s;const{language:a,strings:r}=t,o=r.disclosureColumns,d=e.config.vendors,p=d.some(e=>e.optOutUrl);return d.length?n`
      <div class="wrapper" role="region" tabindex="0" aria-label=${r.disclosureTableLabel} lang=${a}>
        <table part="table">
          <thead>
            <tr>
              <th scope="col">${o.recipient}</th>
              <th scope="col">${o.data}</th>
              <th scope="col">${o.purpose}</th>
              <th scope="col">${o.category}</th>
              <th scope="col">${o.optOut}</th>
              ${p?n`<th scope="col">${o.vendorOptOut}</th>`:s}
            </tr>
          </thead>
          <tbody>
            ${d.map(t=>{const o=e.config.categories.find(e=>e.id===t.category),d=i(o,r,a).title,g=l(t.name,a)??t.id,h=e.isGranted(o.id);return n`
                <tr data-vendor=${t.id}>
                  <th scope="row">
                    ${g}${t.policyUrl?n`<br /><a href=${t.policyUrl} rel="noopener" target="_blank">${r.policyLink}</a>`:s}
                  </th>
                  <td>${l(t.data,a)??""}</td>
                  <td>${l(t.purpose,a)??""}</td>
                  <td class="category">${d}</td>
                  <td>
                    ${c({on:h,locked:o.required,categoryId:o.id,strings:r,onToggle:()=>!o.required&&e.set({[o.id]:!h},"preferences"),label:`${d}（${g}）`})}
                  </td>
                  ${p?n`<td class="vendor-opt-out">
                        ${t.optOutUrl?n`<a href=${t.optOutUrl} rel="noopener" target="_blank">${r.disclosureVendorOptOutLink}</a>`:r.disclosureNoVendorOptOut}
                      </td>`:s}
                </tr>
              `})}
          </tbody>
        </table>
      </div>
      <p part="note" class="note" lang=${a}>${r.disclosureNote}</p>
    `:n`<p class="empty" lang=${a}>${r.disclosureEmpty}</p>`}}function u(e=customElements){e.get(d)||e.define(d,h)}h.styles=g,h.properties={manager:{attribute:!1}};export{d as CONSENT_DISCLOSURE_TAG,h as ConsentDisclosureElement,u as defineConsentDisclosure};
