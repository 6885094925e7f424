//# allFunctionsCalledOnLoad
import{t as e,a as t,i as r,b as a,P as n,A as i,p as o,c as s,e as d}from"./consent-banner-ui.js";function c(e,t="data-consent"){return(e.getAttribute(t)??"").split(/\s+/).filter(Boolean)}function l(e,t){const r=c(e,"data-consent-refused");return!(r.length&&(!t.isDecided()||r.some(e=>t.isGranted(e))))&&c(e).every(e=>t.isGranted(e))}const g=[e,r`
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
`];class u extends a{constructor(){super(...arguments),this.pageLanguage=new n(this,()=>this.manager?.config)}get neededCategories(){const e=this.target?[...c(this.target),...c(this.target,"data-consent-refused")]:[];return this.manager?.config.categories.filter(t=>e.includes(t.id)&&!t.required)??[]}allow(){const e=this.neededCategories;this.manager?.set(Object.fromEntries(e.map(e=>[e.id,!0])),"placeholder")}getUpdateComplete(){return this.pageLanguage.afterLoading(()=>super.getUpdateComplete())}render(){const e=this.manager&&this.target&&this.pageLanguage.current;if(!this.manager||!this.target||!e)return i;const{language:t,strings:r}=e,a=this.target.dataset.consentTitle||this.target.title||r.placeholderDefaultTitle,n=this.neededCategories;return s`
      <div part="placeholder" class="placeholder" role="group" aria-labelledby="title" lang=${t}>
        <p class="title" id="title">${a}</p>
        <p>${r.placeholderText(o(n,r,t,!0))}</p>
        ${this.target.hasAttribute("data-consent")?s`<button type="button" @click=${this.allow}>${r.placeholderAllow}</button>`:i}
        <a href="#" @click=${e=>(e.preventDefault(),this.manager?.showPreferences())}>${r.placeholderSettings}</a>
      </div>
    `}}function h(e,t=document){!function(e=customElements){e.get(d)||e.define(d,u)}(t.defaultView?.customElements);const r=new Map;function a(a){const n=t.createElement(d);n.manager=e,n.target=a,n.setAttribute("theme",e.config.theme);const i=a.getAttribute("width")||a.offsetWidth&&`${a.offsetWidth}`,o=a.getAttribute("height")||a.offsetHeight&&`${a.offsetHeight}`;i&&(n.style.width=/^\d+$/.test(i)?`${i}px`:i),o&&(n.style.height=/^\d+$/.test(o)?`${o}px`:o),a.before(n),a.hidden=!0,r.set(a,n)}return function(e,t,r){const a=new MutationObserver(e=>{e.some(e=>Array.from(e.addedNodes).some(e=>e.nodeType===Node.ELEMENT_NODE))&&r()});a.observe(e.documentElement,{childList:!0,subtree:!0});const n=t.onChange(r);return e.addEventListener("DOMContentLoaded",r),r(),()=>{a.disconnect(),n(),e.removeEventListener("DOMContentLoaded",r)}}(t,e,function(){for(const n of Array.from(t.querySelectorAll(":is(iframe,img,video,audio,source,embed)[data-src]:is([data-consent],[data-consent-refused])"))){if("source"===n.localName)continue;const t=l(n,e);t||r.has(n)||a(n),t&&r.has(n)&&(r.get(n).remove(),r.delete(n),n.hidden=!1)}})}u.styles=g,u.properties={manager:{attribute:!1},target:{attribute:!1}};export{h as mountPlaceholders};
