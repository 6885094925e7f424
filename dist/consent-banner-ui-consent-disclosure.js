//# allFunctionsCalledOnLoad
import{t as e,a as t,i as a,b as r,P as s,A as o,c as n,d as i,l as c,C as d}from"./consent-banner-ui.js";import{switchStyles as p,renderSwitch as l}from"./consent-banner-ui-switch.js";const u=[e,p,a`
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

`];class g extends r{constructor(){super(...arguments),this.pageLanguage=new s(this,()=>this.manager?.config)}connectedCallback(){super.connectedCallback(),this.subscribe()}disconnectedCallback(){super.disconnectedCallback(),this.unsubscribe?.()}willUpdate(e){e.has("manager")&&this.subscribe()}subscribe(){this.unsubscribe?.(),this.unsubscribe=this.manager?.onChange(()=>this.requestUpdate())}getUpdateComplete(){return this.pageLanguage.afterLoading(()=>super.getUpdateComplete())}render(){const e=this.manager,t=e&&this.pageLanguage.current;if(!e||!t)return o;const{language:a,strings:r}=t,s=r.disclosureColumns,d=e.config.vendors;return d.length?n`
      <div class="wrapper" lang=${a}>
        <table part="table">
          <thead>
            <tr>
              <th scope="col">${s.recipient}</th>
              <th scope="col">${s.data}</th>
              <th scope="col">${s.purpose}</th>
              <th scope="col">${s.category}</th>
              <th scope="col">${s.optOut}</th>
            </tr>
          </thead>
          <tbody>
            ${d.map(t=>{const s=e.config.categories.find(e=>e.id===t.category),d=i(s,r,a).title,p=c(t.name,a)??t.id,u=e.isGranted(s.id);return n`
                <tr data-vendor=${t.id}>
                  <th scope="row">
                    ${p}${t.policyUrl?n`<br /><a href=${t.policyUrl} rel="noopener" target="_blank">${r.policyLink}</a>`:o}
                  </th>
                  <td>${c(t.data,a)??""}</td>
                  <td>${c(t.purpose,a)??""}</td>
                  <td class="category">${d}</td>
                  <td>
                    ${l({on:u,locked:s.required,categoryId:s.id,strings:r,onToggle:()=>!s.required&&e.set({[s.id]:!u},"preferences"),label:`${d}（${p}）`})}
                  </td>
                </tr>
              `})}
          </tbody>
        </table>
      </div>
    `:n`<p class="empty" lang=${a}>${r.disclosureEmpty}</p>`}}function b(e=customElements){e.get(d)||e.define(d,g)}g.styles=u,g.properties={manager:{attribute:!1}};export{d as CONSENT_DISCLOSURE_TAG,g as ConsentDisclosureElement,b as defineConsentDisclosure};
