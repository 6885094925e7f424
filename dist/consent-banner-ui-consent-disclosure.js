import{t as e,a as t,i as a,b as r,P as s,A as o,c as n,d as i,l as c,C as d}from"./consent-banner-ui.js";import{switchStyles as p,renderSwitch as l}from"./consent-banner-ui-switch.js";const g=[e,p,a`
  :host {
    all: initial;
    display: block;
  }

  .wrapper,
  .empty {
    ${t}
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

`];class u extends r{constructor(){super(...arguments),this.pageLanguage=new s(this,()=>this.manager?.config)}connectedCallback(){super.connectedCallback(),this.subscribe()}disconnectedCallback(){super.disconnectedCallback(),this.unsubscribe?.()}willUpdate(e){e.has("manager")&&this.subscribe()}subscribe(){this.unsubscribe?.(),this.unsubscribe=this.manager?.onChange(()=>this.requestUpdate())}getUpdateComplete(){return this.pageLanguage.afterLoading(()=>super.getUpdateComplete())}render(){const e=this.manager;if(!e)return o;const t=this.pageLanguage.language,a=this.pageLanguage.strings;if(!a)return o;const r=a.disclosureColumns,s=e.config.vendors;return s.length?n`
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
            ${s.map(r=>{const s=e.config.categories.find(e=>e.id===r.category),d=i(s,a,t).title,p=c(r.name,t)??r.id,g=e.isGranted(s.id);return n`
                <tr data-vendor=${r.id}>
                  <th scope="row">
                    ${p}${r.policyUrl?n`<br /><a href=${r.policyUrl} rel="noopener" target="_blank">${a.policyLink}</a>`:o}
                  </th>
                  <td>${c(r.data,t)??""}</td>
                  <td>${c(r.purpose,t)??""}</td>
                  <td>${d}</td>
                  <td>
                    ${l({on:g,locked:s.required,categoryId:s.id,strings:a,onToggle:()=>!s.required&&e.set({[s.id]:!g},"preferences"),label:`${d}（${p}）`})}
                  </td>
                </tr>
              `})}
          </tbody>
        </table>
      </div>
    `:n`<p class="empty" lang=${t}>${a.disclosureEmpty}</p>`}}function b(e=customElements){e.get(d)||e.define(d,u)}u.styles=g,u.properties={manager:{attribute:!1}};export{d as CONSENT_DISCLOSURE_TAG,u as ConsentDisclosureElement,b as defineConsentDisclosure};
