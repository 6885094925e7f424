import{t as e,a as t,i as a,b as r,P as i,e as s,A as n,p as o,c as l,f as c}from"./consent-banner-ui.js";const d=[e,a`
  :host {
    all: initial;
    display: block;
    box-sizing: border-box;
    max-width: 100%;
  }

  .placeholder {
    ${t}
  }

  .placeholder {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 8px;
    box-sizing: border-box;
    width: 100%;
    height: 100%;
    min-height: 150px;
    padding: 16px;
    overflow: auto;
    text-align: center;
    background: var(--consent-placeholder-bg, var(--_surface));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  p {
    margin: 0;
    max-width: 36em;
  }

  .title {
    font-weight: 700;
  }

  button {
    min-height: 44px;
    padding: 8px 18px;
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_accent);
    color: var(--_accent-fg);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }

  a {
    color: var(--_accent);
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`];class g extends r{constructor(){super(...arguments),this.pageLanguage=new i(this,()=>this.manager?.config)}get neededCategories(){const e=this.target?[...s(this.target),...s(this.target,"data-consent-refused")]:[];return this.manager?.config.categories.filter(t=>e.includes(t.id)&&!t.required)??[]}allow(){const e=this.neededCategories;this.manager?.set(Object.fromEntries(e.map(e=>[e.id,!0])),"placeholder")}getUpdateComplete(){return this.pageLanguage.afterLoading(()=>super.getUpdateComplete())}render(){if(!this.manager||!this.target)return n;const e=this.pageLanguage.language,t=this.pageLanguage.strings;if(!t)return n;const a=this.target.dataset.consentTitle||this.target.title||t.placeholderDefaultTitle,r=this.neededCategories;return l`
      <div part="placeholder" class="placeholder" role="group" aria-labelledby="title" lang=${e}>
        <p class="title" id="title">${a}</p>
        <p>${t.placeholderText(o(r,t,e,!0))}</p>
        ${this.target.hasAttribute("data-consent")?l`<button type="button" @click=${this.allow}>${t.placeholderAllow}</button>`:n}
        <a href="#" @click=${e=>(e.preventDefault(),this.manager?.showPreferences())}>${t.placeholderSettings}</a>
      </div>
    `}}function p(e=customElements){e.get(c)||e.define(c,g)}g.styles=d,g.properties={manager:{attribute:!1},target:{attribute:!1}};export{c as CONSENT_PLACEHOLDER_TAG,g as ConsentPlaceholderElement,p as defineConsentPlaceholder};
