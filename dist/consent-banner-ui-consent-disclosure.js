import{t as e,s as t,a,i as r,b as s,P as o,A as n,c as i,d as c,l as d,r as p,C as l}from"./consent-banner-ui.js";const g=[e,t,r`
  :host {
    all: initial;
    display: block;
  }

  .wrapper,
  .empty {
    ${a}
  }

  .wrapper {
    overflow-x: auto;
  }

  /* Its own background, so the text keeps its contrast whatever the page behind it. */
  .empty {
    margin: 0;
    padding: 12px 16px;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  table {
    width: 100%;
    border-collapse: collapse;
    background: var(--_bg);
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

  a {
    color: var(--_accent);
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

`];class u extends s{constructor(){super(...arguments),this.pageLanguage=new o(this,()=>this.manager?.config)}connectedCallback(){super.connectedCallback(),this.subscribe()}disconnectedCallback(){super.disconnectedCallback(),this.unsubscribe?.()}willUpdate(e){e.has("manager")&&this.subscribe()}subscribe(){this.unsubscribe?.(),this.unsubscribe=this.manager?.onChange(()=>this.requestUpdate())}getUpdateComplete(){return this.pageLanguage.afterLoading(()=>super.getUpdateComplete())}render(){const e=this.manager;if(!e)return n;const t=this.pageLanguage.language,a=this.pageLanguage.strings;if(!a)return n;const r=a.disclosureColumns,s=e.config.vendors;return s.length?i`
      <div class="wrapper" lang=${t}>
        <table part="table">
          <thead>
            <tr>
              <th scope="col">${r.recipient}</th>
              <th scope="col">${r.data}</th>
              <th scope="col">${r.purpose}</th>
              <th scope="col">${r.category}</th>
              <th scope="col">${r.optOut}</th>
            </tr>
          </thead>
          <tbody>
            ${s.map(r=>{const s=e.config.categories.find(e=>e.id===r.category),o=c(s,a,t).title,l=d(r.name,t)??r.id,g=e.isGranted(s.id);return i`
                <tr data-vendor=${r.id}>
                  <th scope="row">
                    ${l}${r.policyUrl?i`<br /><a href=${r.policyUrl} rel="noopener" target="_blank">${a.policyLink}</a>`:n}
                  </th>
                  <td>${d(r.data,t)??""}</td>
                  <td>${d(r.purpose,t)??""}</td>
                  <td>${o}</td>
                  <td>
                    ${p({on:g,locked:s.required,categoryId:s.id,strings:a,onToggle:()=>!s.required&&e.set({[s.id]:!g},"preferences"),label:`${o}（${l}）`})}
                  </td>
                </tr>
              `})}
          </tbody>
        </table>
      </div>
    `:i`<p class="empty" lang=${t}>${a.disclosureEmpty}</p>`}}function b(e=customElements){e.get(l)||e.define(l,u)}u.styles=g,u.properties={manager:{attribute:!1}};export{l as CONSENT_DISCLOSURE_TAG,u as ConsentDisclosureElement,b as defineConsentDisclosure};
