const t="consent-banner",e="consent-placeholder",n="consent-disclosure",s=globalThis,i=s.ShadowRoot&&(void 0===s.ShadyCSS||s.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,o=Symbol(),r=new WeakMap;let a=class{constructor(t,e,n){if(this._$cssResult$=!0,n!==o)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=t,this.t=e}get styleSheet(){let t=this.o;const e=this.t;if(i&&void 0===t){const n=void 0!==e&&1===e.length;n&&(t=r.get(e)),void 0===t&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),n&&r.set(e,t))}return t}toString(){return this.cssText}};const c=(t,...e)=>{const n=1===t.length?t[0]:e.reduce((e,n,s)=>e+(t=>{if(!0===t._$cssResult$)return t.cssText;if("number"==typeof t)return t;throw Error("Value passed to 'css' function must be a 'css' function result: "+t+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(n)+t[s+1],t[0]);return new a(n,t,o)},l=i?t=>t:t=>t instanceof CSSStyleSheet?(t=>{let e="";for(const n of t.cssRules)e+=n.cssText;return(t=>new a("string"==typeof t?t:t+"",void 0,o))(e)})(t):t,{is:d,defineProperty:h,getOwnPropertyDescriptor:p,getOwnPropertyNames:u,getOwnPropertySymbols:g,getPrototypeOf:f}=Object,b=globalThis,$=b.trustedTypes,m=$?$.emptyScript:"",v=b.reactiveElementPolyfillSupport,_=(t,e)=>t,y={toAttribute(t,e){switch(e){case Boolean:t=t?m:null;break;case Object:case Array:t=null==t?t:JSON.stringify(t)}return t},fromAttribute(t,e){let n=t;switch(e){case Boolean:n=null!==t;break;case Number:n=null===t?null:Number(t);break;case Object:case Array:try{n=JSON.parse(t)}catch(t){n=null}}return n}},x=(t,e)=>!d(t,e),w={attribute:!0,type:String,converter:y,reflect:!1,useDefault:!1,hasChanged:x};Symbol.metadata??=Symbol("metadata"),b.litPropertyMetadata??=new WeakMap;let A=class extends HTMLElement{static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(t,e=w){if(e.state&&(e.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(t)&&((e=Object.create(e)).wrapped=!0),this.elementProperties.set(t,e),!e.noAccessor){const n=Symbol(),s=this.getPropertyDescriptor(t,n,e);void 0!==s&&h(this.prototype,t,s)}}static getPropertyDescriptor(t,e,n){const{get:s,set:i}=p(this.prototype,t)??{get(){return this[e]},set(t){this[e]=t}};return{get:s,set(e){const o=s?.call(this);i?.call(this,e),this.requestUpdate(t,o,n)},configurable:!0,enumerable:!0}}static getPropertyOptions(t){return this.elementProperties.get(t)??w}static _$Ei(){if(this.hasOwnProperty(_("elementProperties")))return;const t=f(this);t.finalize(),void 0!==t.l&&(this.l=[...t.l]),this.elementProperties=new Map(t.elementProperties)}static finalize(){if(this.hasOwnProperty(_("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(_("properties"))){const t=this.properties,e=[...u(t),...g(t)];for(const n of e)this.createProperty(n,t[n])}const t=this[Symbol.metadata];if(null!==t){const e=litPropertyMetadata.get(t);if(void 0!==e)for(const[t,n]of e)this.elementProperties.set(t,n)}this._$Eh=new Map;for(const[t,e]of this.elementProperties){const n=this._$Eu(t,e);void 0!==n&&this._$Eh.set(n,t)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(t){const e=[];if(Array.isArray(t)){const n=new Set(t.flat(1/0).reverse());for(const t of n)e.unshift(l(t))}else void 0!==t&&e.push(l(t));return e}static _$Eu(t,e){const n=e.attribute;return!1===n?void 0:"string"==typeof n?n:"string"==typeof t?t.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(t=>this.enableUpdating=t),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(t=>t(this))}addController(t){(this._$EO??=new Set).add(t),void 0!==this.renderRoot&&this.isConnected&&t.hostConnected?.()}removeController(t){this._$EO?.delete(t)}_$E_(){const t=new Map,e=this.constructor.elementProperties;for(const n of e.keys())this.hasOwnProperty(n)&&(t.set(n,this[n]),delete this[n]);t.size>0&&(this._$Ep=t)}createRenderRoot(){const t=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return((t,e)=>{if(i)t.adoptedStyleSheets=e.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet);else for(const n of e){const e=document.createElement("style"),i=s.litNonce;void 0!==i&&e.setAttribute("nonce",i),e.textContent=n.cssText,t.appendChild(e)}})(t,this.constructor.elementStyles),t}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(t=>t.hostConnected?.())}enableUpdating(t){}disconnectedCallback(){this._$EO?.forEach(t=>t.hostDisconnected?.())}attributeChangedCallback(t,e,n){this._$AK(t,n)}_$ET(t,e){const n=this.constructor.elementProperties.get(t),s=this.constructor._$Eu(t,n);if(void 0!==s&&!0===n.reflect){const i=(void 0!==n.converter?.toAttribute?n.converter:y).toAttribute(e,n.type);this._$Em=t,null==i?this.removeAttribute(s):this.setAttribute(s,i),this._$Em=null}}_$AK(t,e){const n=this.constructor,s=n._$Eh.get(t);if(void 0!==s&&this._$Em!==s){const t=n.getPropertyOptions(s),i="function"==typeof t.converter?{fromAttribute:t.converter}:void 0!==t.converter?.fromAttribute?t.converter:y;this._$Em=s;const o=i.fromAttribute(e,t.type);this[s]=o??this._$Ej?.get(s)??o,this._$Em=null}}requestUpdate(t,e,n,s=!1,i){if(void 0!==t){const o=this.constructor;if(!1===s&&(i=this[t]),n??=o.getPropertyOptions(t),!((n.hasChanged??x)(i,e)||n.useDefault&&n.reflect&&i===this._$Ej?.get(t)&&!this.hasAttribute(o._$Eu(t,n))))return;this.C(t,e,n)}!1===this.isUpdatePending&&(this._$ES=this._$EP())}C(t,e,{useDefault:n,reflect:s,wrapped:i},o){n&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,o??e??this[t]),!0!==i||void 0!==o)||(this._$AL.has(t)||(this.hasUpdated||n||(e=void 0),this._$AL.set(t,e)),!0===s&&this._$Em!==t&&(this._$Eq??=new Set).add(t))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(t){Promise.reject(t)}const t=this.scheduleUpdate();return null!=t&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(const[t,e]of this._$Ep)this[t]=e;this._$Ep=void 0}const t=this.constructor.elementProperties;if(t.size>0)for(const[e,n]of t){const{wrapped:t}=n,s=this[e];!0!==t||this._$AL.has(e)||void 0===s||this.C(e,void 0,n,s)}}let t=!1;const e=this._$AL;try{t=this.shouldUpdate(e),t?(this.willUpdate(e),this._$EO?.forEach(t=>t.hostUpdate?.()),this.update(e)):this._$EM()}catch(e){throw t=!1,this._$EM(),e}t&&this._$AE(e)}willUpdate(t){}_$AE(t){this._$EO?.forEach(t=>t.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(t)),this.updated(t)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(t){return!0}update(t){this._$Eq&&=this._$Eq.forEach(t=>this._$ET(t,this[t])),this._$EM()}updated(t){}firstUpdated(t){}};A.elementStyles=[],A.shadowRootOptions={mode:"open"},A[_("elementProperties")]=new Map,A[_("finalized")]=new Map,v?.({ReactiveElement:A}),(b.reactiveElementVersions??=[]).push("2.1.2");const E=globalThis,S=t=>t,C=E.trustedTypes,k=C?C.createPolicy("lit-html",{createHTML:t=>t}):void 0,P="$lit$",O=`lit$${Math.random().toFixed(9).slice(2)}$`,M="?"+O,T=`<${M}>`,U=document,j=()=>U.createComment(""),N=t=>null===t||"object"!=typeof t&&"function"!=typeof t,L=Array.isArray,R="[ \t\n\f\r]",H=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,D=/-->/g,z=/>/g,B=RegExp(`>|${R}(?:([^\\s"'>=/]+)(${R}*=${R}*(?:[^ \t\n\f\r"'\`<>=]|("|')|))|$)`,"g"),q=/'/g,F=/"/g,I=/^(?:script|style|textarea|title)$/i,V=(t=>(e,...n)=>({_$litType$:t,strings:e,values:n}))(1),W=Symbol.for("lit-noChange"),K=Symbol.for("lit-nothing"),Z=new WeakMap,G=U.createTreeWalker(U,129);function J(t,e){if(!L(t)||!t.hasOwnProperty("raw"))throw Error("invalid template strings array");return void 0!==k?k.createHTML(e):e}const X=(t,e)=>{const n=t.length-1,s=[];let i,o=2===e?"<svg>":3===e?"<math>":"",r=H;for(let e=0;e<n;e++){const n=t[e];let a,c,l=-1,d=0;for(;d<n.length&&(r.lastIndex=d,c=r.exec(n),null!==c);)d=r.lastIndex,r===H?"!--"===c[1]?r=D:void 0!==c[1]?r=z:void 0!==c[2]?(I.test(c[2])&&(i=RegExp("</"+c[2],"g")),r=B):void 0!==c[3]&&(r=B):r===B?">"===c[0]?(r=i??H,l=-1):void 0===c[1]?l=-2:(l=r.lastIndex-c[2].length,a=c[1],r=void 0===c[3]?B:'"'===c[3]?F:q):r===F||r===q?r=B:r===D||r===z?r=H:(r=B,i=void 0);const h=r===B&&t[e+1].startsWith("/>")?" ":"";o+=r===H?n+T:l>=0?(s.push(a),n.slice(0,l)+P+n.slice(l)+O+h):n+O+(-2===l?e:h)}return[J(t,o+(t[n]||"<?>")+(2===e?"</svg>":3===e?"</math>":"")),s]};class Q{constructor({strings:t,_$litType$:e},n){let s;this.parts=[];let i=0,o=0;const r=t.length-1,a=this.parts,[c,l]=X(t,e);if(this.el=Q.createElement(c,n),G.currentNode=this.el.content,2===e||3===e){const t=this.el.content.firstChild;t.replaceWith(...t.childNodes)}for(;null!==(s=G.nextNode())&&a.length<r;){if(1===s.nodeType){if(s.hasAttributes())for(const t of s.getAttributeNames())if(t.endsWith(P)){const e=l[o++],n=s.getAttribute(t).split(O),r=/([.?@])?(.*)/.exec(e);a.push({type:1,index:i,name:r[2],strings:n,ctor:"."===r[1]?st:"?"===r[1]?it:"@"===r[1]?ot:nt}),s.removeAttribute(t)}else t.startsWith(O)&&(a.push({type:6,index:i}),s.removeAttribute(t));if(I.test(s.tagName)){const t=s.textContent.split(O),e=t.length-1;if(e>0){s.textContent=C?C.emptyScript:"";for(let n=0;n<e;n++)s.append(t[n],j()),G.nextNode(),a.push({type:2,index:++i});s.append(t[e],j())}}}else if(8===s.nodeType)if(s.data===M)a.push({type:2,index:i});else{let t=-1;for(;-1!==(t=s.data.indexOf(O,t+1));)a.push({type:7,index:i}),t+=O.length-1}i++}}static createElement(t,e){const n=U.createElement("template");return n.innerHTML=t,n}}function Y(t,e,n=t,s){if(e===W)return e;let i=void 0!==s?n._$Co?.[s]:n._$Cl;const o=N(e)?void 0:e._$litDirective$;return i?.constructor!==o&&(i?._$AO?.(!1),void 0===o?i=void 0:(i=new o(t),i._$AT(t,n,s)),void 0!==s?(n._$Co??=[])[s]=i:n._$Cl=i),void 0!==i&&(e=Y(t,i._$AS(t,e.values),i,s)),e}class tt{constructor(t,e){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){const{el:{content:e},parts:n}=this._$AD,s=(t?.creationScope??U).importNode(e,!0);G.currentNode=s;let i=G.nextNode(),o=0,r=0,a=n[0];for(;void 0!==a;){if(o===a.index){let e;2===a.type?e=new et(i,i.nextSibling,this,t):1===a.type?e=new a.ctor(i,a.name,a.strings,this,t):6===a.type&&(e=new rt(i,this,t)),this._$AV.push(e),a=n[++r]}o!==a?.index&&(i=G.nextNode(),o++)}return G.currentNode=U,s}p(t){let e=0;for(const n of this._$AV)void 0!==n&&(void 0!==n.strings?(n._$AI(t,n,e),e+=n.strings.length-2):n._$AI(t[e])),e++}}class et{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(t,e,n,s){this.type=2,this._$AH=K,this._$AN=void 0,this._$AA=t,this._$AB=e,this._$AM=n,this.options=s,this._$Cv=s?.isConnected??!0}get parentNode(){let t=this._$AA.parentNode;const e=this._$AM;return void 0!==e&&11===t?.nodeType&&(t=e.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,e=this){t=Y(this,t,e),N(t)?t===K||null==t||""===t?(this._$AH!==K&&this._$AR(),this._$AH=K):t!==this._$AH&&t!==W&&this._(t):void 0!==t._$litType$?this.$(t):void 0!==t.nodeType?this.T(t):(t=>L(t)||"function"==typeof t?.[Symbol.iterator])(t)?this.k(t):this._(t)}O(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}T(t){this._$AH!==t&&(this._$AR(),this._$AH=this.O(t))}_(t){this._$AH!==K&&N(this._$AH)?this._$AA.nextSibling.data=t:this.T(U.createTextNode(t)),this._$AH=t}$(t){const{values:e,_$litType$:n}=t,s="number"==typeof n?this._$AC(t):(void 0===n.el&&(n.el=Q.createElement(J(n.h,n.h[0]),this.options)),n);if(this._$AH?._$AD===s)this._$AH.p(e);else{const t=new tt(s,this),n=t.u(this.options);t.p(e),this.T(n),this._$AH=t}}_$AC(t){let e=Z.get(t.strings);return void 0===e&&Z.set(t.strings,e=new Q(t)),e}k(t){L(this._$AH)||(this._$AH=[],this._$AR());const e=this._$AH;let n,s=0;for(const i of t)s===e.length?e.push(n=new et(this.O(j()),this.O(j()),this,this.options)):n=e[s],n._$AI(i),s++;s<e.length&&(this._$AR(n&&n._$AB.nextSibling,s),e.length=s)}_$AR(t=this._$AA.nextSibling,e){for(this._$AP?.(!1,!0,e);t!==this._$AB;){const e=S(t).nextSibling;S(t).remove(),t=e}}setConnected(t){void 0===this._$AM&&(this._$Cv=t,this._$AP?.(t))}}class nt{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(t,e,n,s,i){this.type=1,this._$AH=K,this._$AN=void 0,this.element=t,this.name=e,this._$AM=s,this.options=i,n.length>2||""!==n[0]||""!==n[1]?(this._$AH=Array(n.length-1).fill(new String),this.strings=n):this._$AH=K}_$AI(t,e=this,n,s){const i=this.strings;let o=!1;if(void 0===i)t=Y(this,t,e,0),o=!N(t)||t!==this._$AH&&t!==W,o&&(this._$AH=t);else{const s=t;let r,a;for(t=i[0],r=0;r<i.length-1;r++)a=Y(this,s[n+r],e,r),a===W&&(a=this._$AH[r]),o||=!N(a)||a!==this._$AH[r],a===K?t=K:t!==K&&(t+=(a??"")+i[r+1]),this._$AH[r]=a}o&&!s&&this.j(t)}j(t){t===K?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"")}}class st extends nt{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===K?void 0:t}}class it extends nt{constructor(){super(...arguments),this.type=4}j(t){this.element.toggleAttribute(this.name,!!t&&t!==K)}}class ot extends nt{constructor(t,e,n,s,i){super(t,e,n,s,i),this.type=5}_$AI(t,e=this){if((t=Y(this,t,e,0)??K)===W)return;const n=this._$AH,s=t===K&&n!==K||t.capture!==n.capture||t.once!==n.once||t.passive!==n.passive,i=t!==K&&(n===K||s);s&&this.element.removeEventListener(this.name,this,n),i&&this.element.addEventListener(this.name,this,t),this._$AH=t}handleEvent(t){"function"==typeof this._$AH?this._$AH.call(this.options?.host??this.element,t):this._$AH.handleEvent(t)}}class rt{constructor(t,e,n){this.element=t,this.type=6,this._$AN=void 0,this._$AM=e,this.options=n}get _$AU(){return this._$AM._$AU}_$AI(t){Y(this,t)}}const at=E.litHtmlPolyfillSupport;at?.(Q,et),(E.litHtmlVersions??=[]).push("3.3.3");const ct=globalThis;class lt extends A{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){const t=super.createRenderRoot();return this.renderOptions.renderBefore??=t.firstChild,t}update(t){const e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=((t,e,n)=>{const s=n?.renderBefore??e;let i=s._$litPart$;if(void 0===i){const t=n?.renderBefore??null;s._$litPart$=i=new et(e.insertBefore(j(),t),t,void 0,n??{})}return i._$AI(t),i})(e,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return W}}lt._$litElement$=!0,lt.finalized=!0,ct.litElementHydrateSupport?.({LitElement:lt});const dt=ct.litElementPolyfillSupport;function ht(t,e){return void 0===t||"string"==typeof t?t:t[e]??t.en??t.ja??Object.values(t)[0]}dt?.({LitElement:lt}),(ct.litElementVersions??=[]).push("4.2.2");const pt="[consent-banner] ",ut={warn:t=>console.warn(pt+t),error:t=>console.error(pt+t)};function gt(t,e,n){const s=e.categories[t.id],i=ht(t.title,n)??s?.title??t.id;return{title:i,purpose:t.title?i:s?.purpose??i,description:ht(t.description,n)??s?.description??""}}function ft(t,e,n,s=!1){const i=t.map(t=>{const i=gt(t,e,n);return s&&"ja"===n?`「${i.title}」`:i.purpose});return function(t,e){return"ja"===e?t.join("、"):"en"!==e?new Intl.ListFormat(e,{type:"conjunction"}).format(t):t.length<3?t.join(" and "):`${t.slice(0,-1).join(", ")}, and ${t[t.length-1]}`}(i,n)}const bt={bannerText:["purposes"],gpcNotice:["purposes"],placeholderText:["purposes"],optOutCategory:["title"],consentIdLabel:["id","savedAt"]};function $t(t,e){return(...n)=>e.reduce((t,e,s)=>t.split(`{${e}}`).join(n[s]),t)}const mt=new WeakMap;function vt(t,e,n={},s){if(!n[e])return t;const i=mt.get(n)??new Map;return mt.set(n,i),i.has(e)||i.set(e,function(t,e,n,s){const i={...t};for(const[o,r]of Object.entries(n)){const n=t[o];void 0===n||"categories"===o?s?.warn(`texts.${e}.${o} is not a text of the widget; it is ignored. Category texts go in categories.<id>.`):"function"==typeof n&&"string"==typeof r?i[o]=$t(r,bt[o]??[]):"string"==typeof n&&"string"==typeof r?i[o]=r:"object"==typeof n&&r&&"object"==typeof r?i[o]={...n,...r}:s?.warn(`texts.${e}.${o} must be a string; it is ignored.`)}return i}(t,e,n[e],s)),i.get(e)}const _t={},yt={},xt=t=>"ja"===t?"ja":"en";class wt{constructor(t,e){this.host=t,this.config=e,t.addController(this)}get language(){const t=this.config();return function(t,e="ja",n=[]){const s=(t?.trim()||e).toLowerCase();if(s.startsWith("ja"))return"ja";const i=s.split("-")[0];return n.includes(i)?i:"en"}(this.host.getAttribute("lang")||document.documentElement.lang,t?.lang,Object.keys(t?.texts??{}))}get strings(){const t=this.language,e=function(t,e,n){const s=_t[xt(t)];return s&&vt(s,t,e,n)}(t,this.config()?.texts,ut);return e||this.load(t),e}load(t){this.pending??=function(t){const e=xt(t);return yt[e]??=("ja"===e?import("./consent-banner-ui-ja.js").then(t=>t.ja):import("./consent-banner-ui-en.js").then(t=>t.en)).then(t=>_t[e]=t,t=>{throw delete yt[e],t})}(t).then(()=>this.host.requestUpdate(),e=>ut.error(`Could not load the widget's ${"ja"===t?"Japanese":"English"} texts (${e.message}); it shows nothing until they load.`)).finally(()=>this.pending=void 0)}async afterLoading(t){let e=await t();for(;this.pending;)await this.pending,e=await t();return e}hostConnected(){this.observer=new MutationObserver(()=>this.host.requestUpdate()),this.observer.observe(document.documentElement,{attributes:!0,attributeFilter:["lang"]})}hostDisconnected(){this.observer?.disconnect()}}const At=c`
  [role='switch'] {
    display: inline-flex;
    flex: none;
    align-items: center;
    gap: 8px;
    min-height: 32px;
    padding: 2px 4px;
    border: 0;
    border-radius: 999px;
    background: transparent;
    color: inherit;
    font: inherit;
    font-size: 14px;
    cursor: pointer;
    white-space: nowrap;
  }

  .track {
    position: relative;
    width: 44px;
    height: 26px;
    border-radius: 13px;
    background: var(--_switch-off);
    transition: background-color 0.15s;
  }

  .thumb {
    position: absolute;
    top: 3px;
    left: 3px;
    width: 20px;
    height: 20px;
    border-radius: 50%;
    background: #ffffff;
    transition: transform 0.15s;
  }

  [aria-checked='true'] .track {
    background: var(--_accent);
  }

  [aria-checked='true'] .thumb {
    transform: translateX(18px);
  }

  [aria-disabled='true'] {
    cursor: not-allowed;
  }

  [aria-disabled='true'] .track {
    opacity: 0.6;
  }

  .switch-state {
    min-width: 4.5em;
    text-align: start;
  }

  @media (prefers-reduced-motion: reduce) {
    .track,
    .thumb {
      transition: none;
    }
  }
`;function Et({on:t,locked:e,categoryId:n,strings:s,onToggle:i,labelledBy:o,label:r,describedBy:a}){return V`
    <button
      part="switch"
      role="switch"
      type="button"
      aria-checked=${t?"true":"false"}
      aria-disabled=${e?"true":K}
      aria-labelledby=${o??K}
      aria-label=${r??K}
      aria-describedby=${a??K}
      data-category=${n}
      @click=${i}
    >
      <span class="track"><span class="thumb"></span></span>
      <span class="switch-state" aria-hidden="true">${e?s.alwaysOn:t?s.on:s.off}</span>
    </button>
  `}const St=c`
  --_bg: var(--consent-bg, #1f2328);
  --_fg: var(--consent-fg, #eceef1);
  --_muted: var(--consent-muted, #b9c0c8);
  --_border: var(--consent-border, #59616b);
  --_choice-bg: var(--consent-choice-bg, #eceef1);
  --_choice-fg: var(--consent-choice-fg, #1b1f24);
  --_accent: var(--consent-accent, #8ab4f8);
  --_accent-fg: var(--consent-accent-fg, #0b1220);
  --_switch-off: var(--consent-switch-off, #8b939c);
  --_focus: var(--consent-focus, #8ab4f8);
  --_error: var(--consent-error, #ffb4ab);
  --_surface: var(--consent-surface, #2b3036);
  --_shadow: var(--consent-shadow, 0 -2px 24px rgb(0 0 0 / 0.6));
`,Ct=c`
  :host {
    --_bg: var(--consent-bg, #ffffff);
    --_fg: var(--consent-fg, #1b1f24);
    --_muted: var(--consent-muted, #4a525c);
    --_border: var(--consent-border, #c9ced6);
    --_choice-bg: var(--consent-choice-bg, #1b1f24);
    --_choice-fg: var(--consent-choice-fg, #ffffff);
    --_accent: var(--consent-accent, #0a58c2);
    --_accent-fg: var(--consent-accent-fg, #ffffff);
    --_switch-off: var(--consent-switch-off, #6b7280);
    --_focus: var(--consent-focus, #0a58c2);
    --_error: var(--consent-error, #b3261e);
    --_surface: var(--consent-surface, #eef0f3);
    --_radius: var(--consent-radius, 12px);
    --_space: var(--consent-spacing, 16px);
    --_shadow: var(--consent-shadow, 0 -2px 24px rgb(0 0 0 / 0.18));
  }

  :host([theme='dark']) {
    ${St}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${St}
    }
  }
`,kt=c`
  font-family: var(
    --consent-font,
    system-ui,
    -apple-system,
    'Hiragino Sans',
    'Hiragino Kaku Gothic ProN',
    'Noto Sans JP',
    Meiryo,
    sans-serif
  );
  font-size: 15px;
  font-style: normal;
  font-weight: 400;
  line-height: 1.6;
  letter-spacing: normal;
  word-spacing: normal;
  text-align: start;
  text-indent: 0;
  text-transform: none;
  text-shadow: none;
  color: var(--_fg);
`,Pt=[Ct,At,c`
  :host {
    all: initial;
  }

  .banner,
  dialog,
  .floating,
  .visually-hidden {
    ${kt}
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  h2 {
    margin: 0 0 6px;
    font-size: 17px;
    line-height: 1.4;
    font-weight: 700;
  }

  p {
    margin: 0;
  }

  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 2px;
  }

  button {
    font: inherit;
    cursor: pointer;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .banner {
    position: fixed;
    z-index: var(--consent-z-index, 2147483000);
    inset: auto 0 0 0;
    display: flex;
    flex-wrap: wrap;
    gap: 12px var(--_space);
    align-items: center;
    justify-content: center;
    padding: var(--_space) max(var(--_space), calc((100vw - var(--consent-max-width, 1120px)) / 2));
    background: var(--_bg);
    color: var(--_fg);
    border-top: 1px solid var(--_border);
    box-shadow: var(--_shadow);
    max-height: 80vh;
    overflow: auto;
  }

  :host([layout='bar-top']) .banner {
    inset: 0 0 auto 0;
    border-top: 0;
    border-bottom: 1px solid var(--_border);
  }

  /* A box in the corner, leaving the rest of the page free. */
  :host([layout='box']) .banner {
    inset: auto 16px 16px auto;
    width: min(420px, calc(100vw - 32px));
    padding: var(--_space);
    flex-direction: column;
    align-items: stretch;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  :host([layout='box']) .banner-body,
  .in-dialog .banner-body {
    flex: none;
  }

  :host([layout='box']) .banner .actions,
  .in-dialog .actions {
    flex-direction: column;
    align-items: stretch;
  }

  /* Inside the modal layout's dialog the banner is no longer fixed to an edge. */
  .banner.in-dialog {
    position: static;
    flex-direction: column;
    align-items: stretch;
    max-height: none;
    padding: var(--_space);
    border: 0;
    box-shadow: none;
  }

  .banner-dialog {
    width: min(520px, calc(100vw - 24px));
  }

  .floating {
    position: fixed;
    z-index: var(--consent-z-index, 2147483000);
    display: grid;
    place-items: center;
    width: 48px;
    height: 48px;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: 50%;
    background: var(--_bg);
    color: var(--_fg);
    box-shadow: 0 2px 12px rgb(0 0 0 / 0.25);
  }

  .floating.bottom-left {
    inset: auto auto 16px 16px;
  }

  .floating.bottom-right {
    inset: auto 16px 16px auto;
  }

  .floating.top-left {
    inset: 16px auto auto 16px;
  }

  .floating.top-right {
    inset: 16px 16px auto auto;
  }

  .banner-body {
    flex: 1 1 420px;
    min-width: 0;
  }

  .note,
  .reason {
    margin-top: 6px;
    font-size: 14px;
  }

  .reason {
    font-weight: 700;
  }

  .banner a + a,
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

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }

  .banner .actions {
    flex: 0 1 auto;
  }

  /* Accept all and Reject all share one class, so neither is nudged. */
  .choice,
  .secondary,
  .save {
    min-height: 44px;
    padding: 8px 18px;
    border-radius: calc(var(--_radius) / 2);
    font-size: 15px;
    font-weight: 700;
    line-height: 1.4;
    border: 2px solid transparent;
  }

  .choice {
    background: var(--_choice-bg);
    color: var(--_choice-fg);
    border-color: var(--_choice-bg);
  }

  .secondary {
    background: transparent;
    color: var(--_fg);
    border-color: var(--_border);
  }

  .save {
    background: var(--_accent);
    color: var(--_accent-fg);
    border-color: var(--_accent);
  }

  dialog {
    width: min(600px, calc(100vw - 24px));
    max-height: calc(100vh - 24px);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    box-shadow: 0 12px 48px rgb(0 0 0 / 0.3);
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
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
    .banner .actions,
    .dialog-footer {
      flex-direction: column;
      align-items: stretch;
      width: 100%;
    }
  }

`];class Ot extends lt{constructor(){super(...arguments),this.view="hidden",this.bannerBehind=!1,this.draft={},this.pageLanguage=new wt(this,()=>this.manager?.config),this.returnFocusTo=null,this.noticeNeedsFocus=!1,this.announcement="",this.onDialogClose=()=>{"preferences"===this.manager?.getView()&&this.manager.closePreferences()},this.onDialogCancel=t=>{t.preventDefault(),this.manager?.closePreferences()}}connectedCallback(){super.connectedCallback(),this.attachManager()}disconnectedCallback(){super.disconnectedCallback(),this.stopKeepingFocusVisible?.(),this.detachManager?.(),this.detachManager=void 0}firstUpdated(){this.manager||ut.error("<consent-banner> has no manager, so it shows nothing. Set element.manager = createConsentManager(config, { storage }), or load dist/consent-banner.js instead.")}willUpdate(t){t.has("manager")&&this.isConnected&&this.attachManager();const e=this.manager?.config;e&&!this.hasAttribute("layout")&&this.setAttribute("layout",e.layout),e&&!this.hasAttribute("theme")&&this.setAttribute("theme",e.theme)}updated(t){this.keepFocusVisible();const e=this.renderRoot.querySelector("dialog.banner-dialog");if(e&&!e.open&&e.showModal(),t.has("view")&&(this.noticeNeedsFocus="notice"===this.view,"preferences"===t.get("view")&&"preferences"!==this.view)){const t=this.returnFocusTo;this.returnFocusTo=null,t?.isConnected?t.focus():"banner"===this.view&&this.renderRoot.querySelector(".banner button")?.focus()}const n=this.renderRoot.querySelector('dialog[part="preferences"]');"preferences"===this.view&&n&&!n.open&&(this.returnFocusTo=function(){let t=document.activeElement;for(;t?.shadowRoot?.activeElement;)t=t.shadowRoot.activeElement;return t}(),n.showModal());const s=this.noticeNeedsFocus&&this.renderRoot.querySelector("#notice-title");s&&(s.focus(),this.noticeNeedsFocus=!1)}keepFocusVisible(){const t=this.renderRoot.querySelector(".banner:not(.in-dialog)"),e=this.getAttribute("layout");if(!t||"bar"!==e&&"bar-top"!==e)return this.stopKeepingFocusVisible?.(),void(this.stopKeepingFocusVisible=void 0);if(this.stopKeepingFocusVisible)return;const n=document.documentElement.style,s="bar"===e?"scrollPaddingBottom":"scrollPaddingTop",i=n[s],o=new ResizeObserver(()=>n[s]=`${t.offsetHeight}px`);o.observe(t),this.stopKeepingFocusVisible=()=>{o.disconnect(),n[s]=i}}attachManager(){this.detachManager?.(),this.detachManager=void 0;const t=this.manager;if(!t)return;t.setEventTarget(this);const e=e=>{"preferences"===e&&"preferences"!==this.view&&(this.draft=t.getStartingPoint()),this.bannerBehind="preferences"===e&&("banner"===this.view||this.bannerBehind),this.view=e,this.requestUpdate()};e(t.getView());const n=t.onViewChange(e),s=t.onChange(({source:t})=>{"sync"!==t&&(this.announcement=this.pageLanguage.strings?.saved??"")});this.detachManager=()=>{n(),s(),t.setEventTarget(null)}}decide(t,e){this.manager?.[t](e)}toggle(t){t.required||(this.draft={...this.draft,[t.id]:!this.draft[t.id]})}renderPolicyLink(t){const{policyUrl:e,disclosureUrl:n}=this.manager.config;return V`${e?V`<a part="policy-link" href=${e}>${t.policyLink}</a>`:K}
    ${n?V`<a part="disclosure-link" href=${n}>${t.disclosureLink}</a>`:K}`}renderBanner(t,e){const n=this.manager,s=ft(n.config.categories,t,e),i=n.getAskReason(),o="revision"===i?t.revisionNotice:"expired"===i?t.expiredNotice:"",r=n.isGpcActive()&&!n.isDecided()?n.config.categories.filter(t=>t.sellOrShare):[],a="modal"===this.getAttribute("layout"),c=V`
      <section part="banner" class=${a?"banner in-dialog":"banner"} role=${a?K:"region"} aria-labelledby="banner-title" lang=${e}>
        <div class="banner-body">
          <h2 part="title" id="banner-title">${t.bannerTitle}</h2>
          ${o?V`<p part="reason" class="reason">${o}</p>`:K}
          <p part="text">${t.bannerText(s)} ${this.renderPolicyLink(t)}</p>
          ${n.canRemember()?K:V`<p part="storage-notice" class="note">${t.cannotRemember}</p>`}
          ${r.length?V`<p part="gpc-notice" class="note">${t.gpcNotice(ft(r,t,e,!0))}</p>`:K}
        </div>
        <div part="actions" class="actions">
          <button part="button button-accept" class="choice" @click=${()=>this.decide("acceptAll","banner")}>
            ${t.acceptAll}
          </button>
          <button part="button button-reject" class="choice" @click=${()=>this.decide("rejectAll","banner")}>
            ${t.rejectAll}
          </button>
          <button part="button button-customize" class="secondary" @click=${()=>this.manager?.showPreferences()}>
            ${t.customize}
          </button>
        </div>
      </section>
    `;return a?V`<dialog part="banner-dialog" class="banner-dialog" aria-labelledby="banner-title" lang=${e} @cancel=${t=>t.preventDefault()}>
          ${c}
        </dialog>`:c}renderFloatingButton(t){const e=this.manager.config.floatingButton;return e&&this.manager.isDecided()?V`
      <button part="floating-button" class="floating ${e}" aria-label=${t.preferencesTitle} title=${t.preferencesTitle}
        @click=${()=>this.manager?.showPreferences()}>
        <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5Zm-3.5 7a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm7 5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm-6 3a1 1 0 1 1 0 2 1 1 0 0 1 0-2Z"/>
        </svg>
      </button>
    `:K}renderCategory(t,e,n){const{title:s,description:i}=gt(t,e,n),o=ht(t.whenOff,n),r=this.manager.config.vendors.filter(e=>e.category===t.id),a=t.required||!0===this.draft[t.id],c=`category-${t.id}`,l=t.required?`${c}-description ${c}-locked`:`${c}-description`;return V`
      <li part="category" class="category">
        <div class="category-head">
          <span class="category-title" id="${c}-title">${s}</span>
          ${Et({on:a,locked:t.required,categoryId:t.id,strings:e,onToggle:()=>this.toggle(t),labelledBy:`${c}-title`,describedBy:l})}
        </div>
        <p id="${c}-description">${i}</p>
        ${t.required?V`<p id="${c}-locked">${e.serviceLocked}</p>`:K}
        ${o?V`<p class="when-off">${e.whenOffLabel}${o}</p>`:K}
        ${r.length?V`<p class="vendors">
              ${e.vendorsLabel}${r.map((t,e)=>V`${e?"ja"===n?"、":", ":""}${t.policyUrl?V`<a href=${t.policyUrl} rel="noopener" target="_blank">${ht(t.name,n)}</a>`:ht(t.name,n)}`)}
            </p>`:K}
      </li>
    `}renderPreferences(t,e){const n=this.manager,s=n.getDecision();return V`
      <dialog
        part="preferences"
        aria-labelledby="preferences-title"
        lang=${e}
        @cancel=${this.onDialogCancel}
        @close=${this.onDialogClose}
      >
        <div class="dialog-header">
          <h2 id="preferences-title">${t.preferencesTitle}</h2>
          <button part="button button-close" class="close" aria-label=${t.close} @click=${()=>n.closePreferences()}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <div class="dialog-body">
          <p class="intro">${t.preferencesIntro} ${this.renderPolicyLink(t)}</p>
          <ul class="categories">
            ${n.config.categories.map(n=>this.renderCategory(n,t,e))}
          </ul>
          ${s?V`<p part="consent-id" class="consent-id">
                ${t.consentIdLabel(s.consentId,new Intl.DateTimeFormat(e,{dateStyle:"long",timeStyle:"short"}).format(s.time))}
              </p>`:K}
        </div>
        <div part="actions" class="actions dialog-footer">
          <button part="button button-accept" class="choice" @click=${()=>this.decide("acceptAll","preferences")}>
            ${t.acceptAll}
          </button>
          <button part="button button-reject" class="choice" @click=${()=>this.decide("rejectAll","preferences")}>
            ${t.rejectAll}
          </button>
          <button part="button button-save" class="save" @click=${()=>n.set(this.draft,"preferences")}>
            ${t.save}
          </button>
        </div>
      </dialog>
    `}renderNotice(t,e){const n=this.manager,s=n.getNotice();if(!s)return K;let i="",o=K,r=K;if("opt-out"===s.type){const a=n.config.categories.find(t=>t.id===s.category),c={none:"",pending:t.optOutPending,sent:t.optOutSent,failed:t.optOutFailed}[s.delivery];i=t.optOutTitle,o=V`
        <p>${"marketing"===a.id?t.optOutMarketing:t.optOutCategory(gt(a,t,e).title)}</p>
        <p>${t.optOutImportant}</p>
        <p part="delivery" class=${"failed"===s.delivery?"delivery failed":"delivery"} role="status">${c}</p>
      `,r=V`
        <button part="button button-undo" class="secondary" @click=${s.undo}>${t.undo}</button>
        <button part="button button-settings" class="secondary" @click=${()=>n.showPreferences()}>${t.openSettings}</button>`}else o="storage-unavailable"===s.type?V`<p>${t.cannotRemember}</p>`:V`<p>${t.policyUpdated} ${this.renderPolicyLink(t)}</p>`;return V`
      <section part="notice" class="banner notice" role="region" aria-labelledby="notice-title" lang=${e}>
        <div class="banner-body">
          <h2 id="notice-title" tabindex="-1">${i||t.bannerTitle}</h2>
          ${o}
        </div>
        <div part="actions" class="actions">
          ${r}
          <button part="button button-close-notice" class="secondary" @click=${()=>n.dismissNotice()}>${t.close}</button>
        </div>
      </section>
    `}getUpdateComplete(){return this.pageLanguage.afterLoading(()=>super.getUpdateComplete())}render(){if(!this.manager)return K;const t=this.pageLanguage.language,e=this.pageLanguage.strings;if(!e)return K;const n=this.view;return V`
      ${"notice"===n?this.renderNotice(e,t):K}
      ${"banner"===n||"preferences"===n&&this.bannerBehind?this.renderBanner(e,t):K}
      ${"preferences"===n?this.renderPreferences(e,t):K}
      ${"hidden"===n?this.renderFloatingButton(e):K}
      <div class="visually-hidden" role="status" aria-live="polite" lang=${t}>${this.announcement}</div>
    `}}async function Mt(e,n=document){!function(e=customElements){e.get(t)||e.define(t,Ot)}(),n.body||await new Promise(t=>n.addEventListener("DOMContentLoaded",t,{once:!0}));const s=Array.from(n.querySelectorAll(t)).find(t=>t.manager===e);if(s)return s;const i=n.createElement(t);i.manager=e;const o=n.body.firstElementChild;return o?.matches('a[href^="#"]')?o.after(i):n.body.prepend(i),i}async function Tt(t,e=document){const s=Array.from(e.querySelectorAll(n));if(s.length){(await(import("./consent-banner-ui-consent-disclosure.js"))).defineConsentDisclosure(e.defaultView?.customElements);for(const e of s)e.manager??=t,e.hasAttribute("theme")||e.setAttribute("theme",t.config.theme)}}function Ut(t,e="data-consent"){return(t.getAttribute(e)??"").split(/\s+/).filter(Boolean)}function jt(t,e){const n=Ut(t,"data-consent-refused");return!(n.length&&(!e.isDecided()||n.some(t=>e.isGranted(t))))&&Ut(t).every(t=>e.isGranted(t))}Ot.styles=Pt,Ot.properties={manager:{attribute:!1},view:{state:!0},bannerBehind:{state:!0},draft:{state:!0},announcement:{state:!0}};function Nt(t,n=document){let s,i=!1;const o=new Map;function r(s){const i=n.createElement(e);i.manager=t,i.target=s,i.setAttribute("theme",t.config.theme);const r=s.getAttribute("width")||s.offsetWidth&&`${s.offsetWidth}`,a=s.getAttribute("height")||s.offsetHeight&&`${s.offsetHeight}`;r&&(i.style.width=/^\d+$/.test(r)?`${r}px`:r),a&&(i.style.height=/^\d+$/.test(a)?`${a}px`:a),s.before(i),s.hidden=!0,o.set(s,i)}let a=!1;const c=function(t,e,n){const s=new MutationObserver(t=>{t.some(t=>Array.from(t.addedNodes).some(t=>t.nodeType===Node.ELEMENT_NODE))&&n()});s.observe(t.documentElement,{childList:!0,subtree:!0});const i=e.onChange(n);return t.addEventListener("DOMContentLoaded",n),n(),()=>{s.disconnect(),i(),t.removeEventListener("DOMContentLoaded",n)}}(n,t,function e(){for(const c of Array.from(n.querySelectorAll(":is(iframe,img,video,audio,source,embed)[data-src]:is([data-consent],[data-consent-refused])"))){if("source"===c.localName)continue;const l=jt(c,t);l||o.has(c)||i?(l||o.has(c)||r(c),l&&o.has(c)&&(o.get(c).remove(),o.delete(c),c.hidden=!1)):s??=import("./consent-banner-ui-consent-placeholder.js").then(t=>{t.defineConsentPlaceholder(n.defaultView?.customElements),i=!0,a||e()}).catch(t=>ut.error(`Could not load the embed placeholder (${t.message}); embeds waiting for consent stay empty.`))}});return()=>{a=!0,c()}}export{K as A,n as C,wt as P,kt as a,lt as b,V as c,gt as d,Ut as e,e as f,c as i,ht as l,Mt as mountConsentBanner,Tt as mountDisclosures,Nt as mountPlaceholders,ft as p,Et as r,At as s,Ct as t};
