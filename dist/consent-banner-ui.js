//# allFunctionsCalledOnLoad
const t="consent-banner",e="consent-placeholder",s="consent-disclosure",n=globalThis,i=n.ShadowRoot&&(void 0===n.ShadyCSS||n.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,o=Symbol(),r=new WeakMap;let a=class{constructor(t,e,s){if(this._$cssResult$=!0,s!==o)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=t,this.t=e}get styleSheet(){let t=this.o;const e=this.t;if(i&&void 0===t){const s=void 0!==e&&1===e.length;s&&(t=r.get(e)),void 0===t&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),s&&r.set(e,t))}return t}toString(){return this.cssText}};const c=(t,...e)=>{const s=1===t.length?t[0]:e.reduce((e,s,n)=>e+(t=>{if(!0===t._$cssResult$)return t.cssText;if("number"==typeof t)return t;throw Error("Value passed to 'css' function must be a 'css' function result: "+t+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(s)+t[n+1],t[0]);return new a(s,t,o)},h=(t,e)=>{if(i)t.adoptedStyleSheets=e.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet);else for(const s of e){const e=document.createElement("style"),i=n.litNonce;void 0!==i&&e.setAttribute("nonce",i),e.textContent=s.cssText,t.appendChild(e)}},l=i?t=>t:t=>t instanceof CSSStyleSheet?(t=>{let e="";for(const s of t.cssRules)e+=s.cssText;return(t=>new a("string"==typeof t?t:t+"",void 0,o))(e)})(t):t,{is:d,defineProperty:p,getOwnPropertyDescriptor:u,getOwnPropertyNames:g,getOwnPropertySymbols:f,getPrototypeOf:b}=Object,m=globalThis,$=m.trustedTypes,v=$?$.emptyScript:"",_=m.reactiveElementPolyfillSupport,y=(t,e)=>t,w={toAttribute(t,e){switch(e){case Boolean:t=t?v:null;break;case Object:case Array:t=null==t?t:JSON.stringify(t)}return t},fromAttribute(t,e){let s=t;switch(e){case Boolean:s=null!==t;break;case Number:s=null===t?null:Number(t);break;case Object:case Array:try{s=JSON.parse(t)}catch(t){s=null}}return s}},A=(t,e)=>!d(t,e),x={attribute:!0,type:String,converter:w,reflect:!1,useDefault:!1,hasChanged:A};Symbol.metadata??=Symbol("metadata"),m.litPropertyMetadata??=new WeakMap;let S=class extends HTMLElement{static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(t,e=x){if(e.state&&(e.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(t)&&((e=Object.create(e)).wrapped=!0),this.elementProperties.set(t,e),!e.noAccessor){const s=Symbol(),n=this.getPropertyDescriptor(t,s,e);void 0!==n&&p(this.prototype,t,n)}}static getPropertyDescriptor(t,e,s){const{get:n,set:i}=u(this.prototype,t)??{get(){return this[e]},set(t){this[e]=t}};return{get:n,set(e){const o=n?.call(this);i?.call(this,e),this.requestUpdate(t,o,s)},configurable:!0,enumerable:!0}}static getPropertyOptions(t){return this.elementProperties.get(t)??x}static _$Ei(){if(this.hasOwnProperty(y("elementProperties")))return;const t=b(this);t.finalize(),void 0!==t.l&&(this.l=[...t.l]),this.elementProperties=new Map(t.elementProperties)}static finalize(){if(this.hasOwnProperty(y("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(y("properties"))){const t=this.properties,e=[...g(t),...f(t)];for(const s of e)this.createProperty(s,t[s])}const t=this[Symbol.metadata];if(null!==t){const e=litPropertyMetadata.get(t);if(void 0!==e)for(const[t,s]of e)this.elementProperties.set(t,s)}this._$Eh=new Map;for(const[t,e]of this.elementProperties){const s=this._$Eu(t,e);void 0!==s&&this._$Eh.set(s,t)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(t){const e=[];if(Array.isArray(t)){const s=new Set(t.flat(1/0).reverse());for(const t of s)e.unshift(l(t))}else void 0!==t&&e.push(l(t));return e}static _$Eu(t,e){const s=e.attribute;return!1===s?void 0:"string"==typeof s?s:"string"==typeof t?t.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(t=>this.enableUpdating=t),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(t=>t(this))}addController(t){(this._$EO??=new Set).add(t),void 0!==this.renderRoot&&this.isConnected&&t.hostConnected?.()}removeController(t){this._$EO?.delete(t)}_$E_(){const t=new Map,e=this.constructor.elementProperties;for(const s of e.keys())this.hasOwnProperty(s)&&(t.set(s,this[s]),delete this[s]);t.size>0&&(this._$Ep=t)}createRenderRoot(){const t=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return h(t,this.constructor.elementStyles),t}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(t=>t.hostConnected?.())}enableUpdating(t){}disconnectedCallback(){this._$EO?.forEach(t=>t.hostDisconnected?.())}attributeChangedCallback(t,e,s){this._$AK(t,s)}_$ET(t,e){const s=this.constructor.elementProperties.get(t),n=this.constructor._$Eu(t,s);if(void 0!==n&&!0===s.reflect){const i=(void 0!==s.converter?.toAttribute?s.converter:w).toAttribute(e,s.type);this._$Em=t,null==i?this.removeAttribute(n):this.setAttribute(n,i),this._$Em=null}}_$AK(t,e){const s=this.constructor,n=s._$Eh.get(t);if(void 0!==n&&this._$Em!==n){const t=s.getPropertyOptions(n),i="function"==typeof t.converter?{fromAttribute:t.converter}:void 0!==t.converter?.fromAttribute?t.converter:w;this._$Em=n;const o=i.fromAttribute(e,t.type);this[n]=o??this._$Ej?.get(n)??o,this._$Em=null}}requestUpdate(t,e,s,n=!1,i){if(void 0!==t){const o=this.constructor;if(!1===n&&(i=this[t]),s??=o.getPropertyOptions(t),!((s.hasChanged??A)(i,e)||s.useDefault&&s.reflect&&i===this._$Ej?.get(t)&&!this.hasAttribute(o._$Eu(t,s))))return;this.C(t,e,s)}!1===this.isUpdatePending&&(this._$ES=this._$EP())}C(t,e,{useDefault:s,reflect:n,wrapped:i},o){s&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,o??e??this[t]),!0!==i||void 0!==o)||(this._$AL.has(t)||(this.hasUpdated||s||(e=void 0),this._$AL.set(t,e)),!0===n&&this._$Em!==t&&(this._$Eq??=new Set).add(t))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(t){Promise.reject(t)}const t=this.scheduleUpdate();return null!=t&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(const[t,e]of this._$Ep)this[t]=e;this._$Ep=void 0}const t=this.constructor.elementProperties;if(t.size>0)for(const[e,s]of t){const{wrapped:t}=s,n=this[e];!0!==t||this._$AL.has(e)||void 0===n||this.C(e,void 0,s,n)}}let t=!1;const e=this._$AL;try{t=this.shouldUpdate(e),t?(this.willUpdate(e),this._$EO?.forEach(t=>t.hostUpdate?.()),this.update(e)):this._$EM()}catch(e){throw t=!1,this._$EM(),e}t&&this._$AE(e)}willUpdate(t){}_$AE(t){this._$EO?.forEach(t=>t.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(t)),this.updated(t)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(t){return!0}update(t){this._$Eq&&=this._$Eq.forEach(t=>this._$ET(t,this[t])),this._$EM()}updated(t){}firstUpdated(t){}};S.elementStyles=[],S.shadowRootOptions={mode:"open"},S[y("elementProperties")]=new Map,S[y("finalized")]=new Map,_?.({ReactiveElement:S}),(m.reactiveElementVersions??=[]).push("2.1.2");const E=globalThis,C=t=>t,P=E.trustedTypes,k=P?P.createPolicy("lit-html",{createHTML:t=>t}):void 0,j="$lit$",U=`lit$${Math.random().toFixed(9).slice(2)}$`,M="?"+U,T=`<${M}>`,R=document,O=()=>R.createComment(""),N=t=>null===t||"object"!=typeof t&&"function"!=typeof t,H=Array.isArray,L="[ \t\n\f\r]",V=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,D=/-->/g,z=/>/g,B=RegExp(`>|${L}(?:([^\\s"'>=/]+)(${L}*=${L}*(?:[^ \t\n\f\r"'\`<>=]|("|')|))|$)`,"g"),q=/'/g,F=/"/g,I=/^(?:script|style|textarea|title)$/i,W=(t=>(e,...s)=>({_$litType$:t,strings:e,values:s}))(1),Z=Symbol.for("lit-noChange"),J=Symbol.for("lit-nothing"),K=new WeakMap,G=R.createTreeWalker(R,129);function Q(t,e){if(!H(t)||!t.hasOwnProperty("raw"))throw Error("invalid template strings array");return void 0!==k?k.createHTML(e):e}const X=(t,e)=>{const s=t.length-1,n=[];let i,o=2===e?"<svg>":3===e?"<math>":"",r=V;for(let e=0;e<s;e++){const s=t[e];let a,c,h=-1,l=0;for(;l<s.length&&(r.lastIndex=l,c=r.exec(s),null!==c);)l=r.lastIndex,r===V?"!--"===c[1]?r=D:void 0!==c[1]?r=z:void 0!==c[2]?(I.test(c[2])&&(i=RegExp("</"+c[2],"g")),r=B):void 0!==c[3]&&(r=B):r===B?">"===c[0]?(r=i??V,h=-1):void 0===c[1]?h=-2:(h=r.lastIndex-c[2].length,a=c[1],r=void 0===c[3]?B:'"'===c[3]?F:q):r===F||r===q?r=B:r===D||r===z?r=V:(r=B,i=void 0);const d=r===B&&t[e+1].startsWith("/>")?" ":"";o+=r===V?s+T:h>=0?(n.push(a),s.slice(0,h)+j+s.slice(h)+U+d):s+U+(-2===h?e:d)}return[Q(t,o+(t[s]||"<?>")+(2===e?"</svg>":3===e?"</math>":"")),n]};class Y{constructor({strings:t,_$litType$:e},s){let n;this.parts=[];let i=0,o=0;const r=t.length-1,a=this.parts,[c,h]=X(t,e);if(this.el=Y.createElement(c,s),G.currentNode=this.el.content,2===e||3===e){const t=this.el.content.firstChild;t.replaceWith(...t.childNodes)}for(;null!==(n=G.nextNode())&&a.length<r;){if(1===n.nodeType){if(n.hasAttributes())for(const t of n.getAttributeNames())if(t.endsWith(j)){const e=h[o++],s=n.getAttribute(t).split(U),r=/([.?@])?(.*)/.exec(e);a.push({type:1,index:i,name:r[2],strings:s,ctor:"."===r[1]?it:"?"===r[1]?ot:"@"===r[1]?rt:nt}),n.removeAttribute(t)}else t.startsWith(U)&&(a.push({type:6,index:i}),n.removeAttribute(t));if(I.test(n.tagName)){const t=n.textContent.split(U),e=t.length-1;if(e>0){n.textContent=P?P.emptyScript:"";for(let s=0;s<e;s++)n.append(t[s],O()),G.nextNode(),a.push({type:2,index:++i});n.append(t[e],O())}}}else if(8===n.nodeType)if(n.data===M)a.push({type:2,index:i});else{let t=-1;for(;-1!==(t=n.data.indexOf(U,t+1));)a.push({type:7,index:i}),t+=U.length-1}i++}}static createElement(t,e){const s=R.createElement("template");return s.innerHTML=t,s}}function tt(t,e,s=t,n){if(e===Z)return e;let i=void 0!==n?s._$Co?.[n]:s._$Cl;const o=N(e)?void 0:e._$litDirective$;return i?.constructor!==o&&(i?._$AO?.(!1),void 0===o?i=void 0:(i=new o(t),i._$AT(t,s,n)),void 0!==n?(s._$Co??=[])[n]=i:s._$Cl=i),void 0!==i&&(e=tt(t,i._$AS(t,e.values),i,n)),e}class et{constructor(t,e){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){const{el:{content:e},parts:s}=this._$AD,n=(t?.creationScope??R).importNode(e,!0);G.currentNode=n;let i=G.nextNode(),o=0,r=0,a=s[0];for(;void 0!==a;){if(o===a.index){let e;2===a.type?e=new st(i,i.nextSibling,this,t):1===a.type?e=new a.ctor(i,a.name,a.strings,this,t):6===a.type&&(e=new at(i,this,t)),this._$AV.push(e),a=s[++r]}o!==a?.index&&(i=G.nextNode(),o++)}return G.currentNode=R,n}p(t){let e=0;for(const s of this._$AV)void 0!==s&&(void 0!==s.strings?(s._$AI(t,s,e),e+=s.strings.length-2):s._$AI(t[e])),e++}}class st{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(t,e,s,n){this.type=2,this._$AH=J,this._$AN=void 0,this._$AA=t,this._$AB=e,this._$AM=s,this.options=n,this._$Cv=n?.isConnected??!0}get parentNode(){let t=this._$AA.parentNode;const e=this._$AM;return void 0!==e&&11===t?.nodeType&&(t=e.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,e=this){t=tt(this,t,e),N(t)?t===J||null==t||""===t?(this._$AH!==J&&this._$AR(),this._$AH=J):t!==this._$AH&&t!==Z&&this._(t):void 0!==t._$litType$?this.$(t):void 0!==t.nodeType?this.T(t):(t=>H(t)||"function"==typeof t?.[Symbol.iterator])(t)?this.k(t):this._(t)}O(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}T(t){this._$AH!==t&&(this._$AR(),this._$AH=this.O(t))}_(t){this._$AH!==J&&N(this._$AH)?this._$AA.nextSibling.data=t:this.T(R.createTextNode(t)),this._$AH=t}$(t){const{values:e,_$litType$:s}=t,n="number"==typeof s?this._$AC(t):(void 0===s.el&&(s.el=Y.createElement(Q(s.h,s.h[0]),this.options)),s);if(this._$AH?._$AD===n)this._$AH.p(e);else{const t=new et(n,this),s=t.u(this.options);t.p(e),this.T(s),this._$AH=t}}_$AC(t){let e=K.get(t.strings);return void 0===e&&K.set(t.strings,e=new Y(t)),e}k(t){H(this._$AH)||(this._$AH=[],this._$AR());const e=this._$AH;let s,n=0;for(const i of t)n===e.length?e.push(s=new st(this.O(O()),this.O(O()),this,this.options)):s=e[n],s._$AI(i),n++;n<e.length&&(this._$AR(s&&s._$AB.nextSibling,n),e.length=n)}_$AR(t=this._$AA.nextSibling,e){for(this._$AP?.(!1,!0,e);t!==this._$AB;){const e=C(t).nextSibling;C(t).remove(),t=e}}setConnected(t){void 0===this._$AM&&(this._$Cv=t,this._$AP?.(t))}}class nt{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(t,e,s,n,i){this.type=1,this._$AH=J,this._$AN=void 0,this.element=t,this.name=e,this._$AM=n,this.options=i,s.length>2||""!==s[0]||""!==s[1]?(this._$AH=Array(s.length-1).fill(new String),this.strings=s):this._$AH=J}_$AI(t,e=this,s,n){const i=this.strings;let o=!1;if(void 0===i)t=tt(this,t,e,0),o=!N(t)||t!==this._$AH&&t!==Z,o&&(this._$AH=t);else{const n=t;let r,a;for(t=i[0],r=0;r<i.length-1;r++)a=tt(this,n[s+r],e,r),a===Z&&(a=this._$AH[r]),o||=!N(a)||a!==this._$AH[r],a===J?t=J:t!==J&&(t+=(a??"")+i[r+1]),this._$AH[r]=a}o&&!n&&this.j(t)}j(t){t===J?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"")}}class it extends nt{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===J?void 0:t}}class ot extends nt{constructor(){super(...arguments),this.type=4}j(t){this.element.toggleAttribute(this.name,!!t&&t!==J)}}class rt extends nt{constructor(t,e,s,n,i){super(t,e,s,n,i),this.type=5}_$AI(t,e=this){if((t=tt(this,t,e,0)??J)===Z)return;const s=this._$AH,n=t===J&&s!==J||t.capture!==s.capture||t.once!==s.once||t.passive!==s.passive,i=t!==J&&(s===J||n);n&&this.element.removeEventListener(this.name,this,s),i&&this.element.addEventListener(this.name,this,t),this._$AH=t}handleEvent(t){"function"==typeof this._$AH?this._$AH.call(this.options?.host??this.element,t):this._$AH.handleEvent(t)}}class at{constructor(t,e,s){this.element=t,this.type=6,this._$AN=void 0,this._$AM=e,this.options=s}get _$AU(){return this._$AM._$AU}_$AI(t){tt(this,t)}}const ct=E.litHtmlPolyfillSupport;ct?.(Y,st),(E.litHtmlVersions??=[]).push("3.3.3");const ht=globalThis;class lt extends S{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){const t=super.createRenderRoot();return this.renderOptions.renderBefore??=t.firstChild,t}update(t){const e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=((t,e,s)=>{const n=s?.renderBefore??e;let i=n._$litPart$;if(void 0===i){const t=s?.renderBefore??null;n._$litPart$=i=new st(e.insertBefore(O(),t),t,void 0,s??{})}return i._$AI(t),i})(e,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return Z}}lt._$litElement$=!0,lt.finalized=!0,ht.litElementHydrateSupport?.({LitElement:lt});const dt=ht.litElementPolyfillSupport;dt?.({LitElement:lt}),(ht.litElementVersions??=[]).push("4.2.2");const pt="[consent-banner] ",ut={warn:t=>console.warn(pt+t),error:t=>console.error(pt+t)};function gt(t,e){return void 0===t||"string"==typeof t?t:t[e]??t.en??t.ja??Object.values(t)[0]}function ft(t,e,s){const n=e.categories[t.id],i=t=>n&&t&&"object"==typeof t?t[s]??t["ja"===s?"ja":"en"]:gt(t,s),o=i(t.title),r=o??n?.title??t.id;return{title:r,purpose:o?r:n?.purpose??r,description:i(t.description)??n?.description??""}}function bt(t,e,s,n=!1){const i=t.map(t=>{const i=ft(t,e,s);return n&&"ja"===s?`「${i.title}」`:i.purpose});return function(t,e){return"ja"===e?t.join("、"):"en"!==e?new Intl.ListFormat(e,{type:"conjunction"}).format(t):t.length<3?t.join(" and "):`${t.slice(0,-1).join(", ")}, and ${t[t.length-1]}`}(i,s)}const mt={bannerText:["purposes"],gpcNotice:["purposes"],placeholderText:["purposes"],optOutCategory:["title"],consentIdLabel:["id","savedAt"]};function $t(t,e){return(...s)=>e.reduce((t,e,n)=>t.split(`{${e}}`).join(s[n]),t)}const vt=new WeakMap;function _t(t,e,s={},n){if(!s[e])return t;const i=vt.get(s)??new Map;return vt.set(s,i),i.has(e)||i.set(e,function(t,e,s,n){const i={...t};for(const[o,r]of Object.entries(s)){const s=t[o];void 0===s||"categories"===o?n?.warn(`texts.${e}.${o} is not a text of the widget; it is ignored. Category texts go in categories.<id>.`):"function"==typeof s&&"string"==typeof r?i[o]=$t(r,mt[o]??[]):"string"==typeof s&&"string"==typeof r?i[o]=r:"object"==typeof s&&r&&"object"==typeof r?i[o]={...s,...r}:n?.warn(`texts.${e}.${o} must be a string; it is ignored.`)}return i}(t,e,s[e],n)),i.get(e)}const yt={},wt={},At=t=>"ja"===t?"ja":"en";function xt(t,e,s){const n=yt[At(t)];return n&&_t(n,t,e,s)}class St{constructor(t,e){this.host=t,this.config=e,t.addController(this)}get wanted(){const t=this.config();return function(t,e="ja",s=[]){const n=(t?.trim()||e).toLowerCase();if(n.startsWith("ja"))return"ja";const i=n.split("-")[0];return s.includes(i)?i:"en"}(this.host.getAttribute("lang")||document.documentElement.lang,t?.lang,Object.keys(t?.texts??{}))}get current(){const t=this.config()?.texts,e=this.wanted,s=xt(e,t,ut);s?this.shown=e:this.load(e);const n=this.shown;return void 0===n?void 0:{language:n,strings:s??xt(n,t,ut)}}load(t){this.pending??=function(t){const e=At(t);return wt[e]??=("ja"===e?import("./consent-banner-ui-ja.js").then(t=>t.ja):import("./consent-banner-ui-en.js").then(t=>t.en)).then(t=>yt[e]=t,t=>{throw delete wt[e],t})}(t).then(()=>this.host.requestUpdate(),e=>ut.error(`Could not load the widget's ${"ja"===t?"Japanese":"English"} texts (${e.message}); it stays in the language it shows, or shows nothing, until they load.`)).finally(()=>this.pending=void 0)}async afterLoading(t){let e=await t();for(;this.pending;)await this.pending,e=await t();return e}hostConnected(){this.observer=new MutationObserver(()=>this.host.requestUpdate()),this.observer.observe(document.documentElement,{attributes:!0,attributeFilter:["lang"]})}hostDisconnected(){this.observer?.disconnect()}}function Et(t,e){return W`
    <button part="button button-accept" class="choice" @click=${()=>e("acceptAll")}>${t.acceptAll}</button>
    <button part="button button-reject" class="choice" @click=${()=>e("rejectAll")}>${t.rejectAll}</button>
  `}const Ct=c`
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
`,Pt=c`
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
    ${Ct}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${Ct}
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
  line-break: strict;
  color: var(--_fg);
`,jt=[Pt,c`
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

  /* Short names: never broken mid-word. */
  [part~='policy-link'],
  [part~='disclosure-link'] {
    white-space: nowrap;
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

  /* At a line end, not indenting the next line. */
  .banner a:not(:last-of-type) {
    margin-inline-end: 12px;
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

  @media (max-width: 560px) {
    .banner .actions {
      flex-direction: column;
      align-items: stretch;
      width: 100%;
    }
  }

`];class Ut extends lt{constructor(){super(...arguments),this.view="hidden",this.bannerBehind=!1,this.draft={},this.pageLanguage=new St(this,()=>this.manager?.config),this.returnFocusTo=null,this.noticeNeedsFocus=!1,this.announcement="",this.onDialogClose=()=>{"preferences"===this.manager?.getView()&&this.manager.closePreferences()},this.onDialogCancel=t=>{t.preventDefault(),this.manager?.closePreferences()},this.loadSecondaryViews=()=>this.secondaryViewsLoading??=Promise.all([import("./consent-banner-ui-secondary-views.js"),import("./consent-banner-ui-switch.js")]).then(([t])=>{const e=t.secondaryViewStyles.map(t=>t.styleSheet),s=this.renderRoot;e.every(Boolean)?s.adoptedStyleSheets=[...s.adoptedStyleSheets,...e]:h(s,t.secondaryViewStyles),this.secondaryViews=t,this.requestUpdate()},t=>{this.secondaryViewsLoading=void 0,"preferences"===this.manager?.getView()?this.manager.closePreferences():"notice"===this.manager?.getView()&&this.manager.dismissNotice(),ut.error(`Could not load the preferences of the consent banner (${t.message}). Serve every consent-banner-ui-*.js file beside consent-banner-ui.js.`)})}connectedCallback(){super.connectedCallback(),this.attachManager()}disconnectedCallback(){super.disconnectedCallback(),this.keptClear?.stop(),this.keptClear=void 0,this.detachManager?.(),this.detachManager=void 0}firstUpdated(){this.manager||ut.error("<consent-banner> has no manager, so it shows nothing. Set element.manager = createConsentManager(config, { storage }), or load dist/consent-banner.js instead.")}willUpdate(t){t.has("manager")&&this.isConnected&&this.attachManager(),"preferences"!==this.view&&"notice"!==this.view||this.loadSecondaryViews();const e=this.manager?.config;e&&!this.hasAttribute("layout")&&this.setAttribute("layout",e.layout),e&&!this.hasAttribute("theme")&&this.setAttribute("theme",e.theme)}updated(t){if(!this.isConnected)return;this.keepFocusVisible();const e=this.renderRoot.querySelector("dialog.banner-dialog");if(e&&!e.open&&e.showModal(),t.has("view")&&(this.noticeNeedsFocus="notice"===this.view,"preferences"===t.get("view")&&"preferences"!==this.view)){const t=this.returnFocusTo;this.returnFocusTo=null,t?.isConnected?t.focus():"banner"===this.view?this.renderRoot.querySelector(".banner button")?.focus():"hidden"===this.view&&this.renderRoot.querySelector(".floating")?.focus()}const s=this.renderRoot.querySelector('dialog[part="preferences"]');"preferences"===this.view&&s&&!s.open&&s.showModal();const n=this.noticeNeedsFocus&&this.renderRoot.querySelector("#notice-title");n&&(n.focus(),this.noticeNeedsFocus=!1)}keepFocusVisible(){const t=this.renderRoot.querySelector(".banner:not(.in-dialog)"),e=this.getAttribute("layout"),s=!t||"bar"!==e&&"bar-top"!==e?null:t,n=this.keptClear;if(s===(n?.bar??null)&&(!n||e===n.layout))return;if(n?.stop(),this.keptClear=void 0,!s||!e)return;const i=document.documentElement.style,o="bar"===e?"scrollPaddingBottom":"scrollPaddingTop",r=i[o],a="bar"===e?document.createElement("div"):null;a&&(a.setAttribute("aria-hidden","true"),a.setAttribute("data-consent-banner-room",""),a.style.cssText="display:block;flex:none;margin:0",document.body.append(a));const c=()=>{i[o]=`${s.offsetHeight}px`,a&&(a.style.height=i[o])};a&&n?.room&&c();const h=new ResizeObserver(c);h.observe(s),this.keptClear={bar:s,layout:e,room:!!a,stop:()=>{h.disconnect(),a?.remove(),i[o]=r}}}attachManager(){this.detachManager?.(),this.detachManager=void 0;const t=this.manager;if(!t)return;t.setEventTarget(this);const e=e=>{"preferences"===e&&"preferences"!==this.view&&(this.draft=t.getStartingPoint(),this.returnFocusTo=function(){let t=document.activeElement;for(;t?.shadowRoot?.activeElement;)t=t.shadowRoot.activeElement;return t}()),this.bannerBehind="preferences"===e&&("banner"===this.view||this.bannerBehind),this.view=e,this.requestUpdate()};e(t.getView());const s=t.onViewChange(e),n=t.onChange(({source:e})=>{"sync"!==e&&setTimeout(()=>{const e=this.pageLanguage.current?.strings;this.announcement=(t.canRemember()?e?.saved:e?.cannotRemember)??""})});this.detachManager=()=>{s(),n(),t.setEventTarget(null)}}decide(t,e){this.manager?.[t](e)}toggle(t){t.required||(this.draft={...this.draft,[t.id]:!this.draft[t.id]})}renderPolicyLink(t){const{policyUrl:e,disclosureUrl:s}=this.manager.config;return W`${e?W`<a part="policy-link" href=${e}>${t.policyLink}</a>`:J}
    ${s?W`<a part="disclosure-link" href=${s}>${t.disclosureLink}</a>`:J}`}renderBanner(t,e){const s=this.manager,n=bt(s.config.categories,t,e),i=s.getAskReason(),o="revision"===i?t.revisionNotice:"expired"===i?t.expiredNotice:"",r=s.isGpcActive()&&!s.isDecided()?s.config.categories.filter(t=>t.sellOrShare):[],a="modal"===this.getAttribute("layout"),c=W`
      <section part="banner" class=${a?"banner in-dialog":"banner"} role=${a?J:"region"} aria-labelledby="banner-title" lang=${e}>
        <div class="banner-body">
          <h2 part="title" id="banner-title">${t.bannerTitle}</h2>
          ${o?W`<p part="reason" class="reason">${o}</p>`:J}
          <p part="text">${t.bannerText(n)} ${this.renderPolicyLink(t)}</p>
          ${s.canRemember()?J:W`<p part="storage-notice" class="note">${t.cannotRemember}</p>`}
          ${r.length?W`<p part="gpc-notice" class="note">${t.gpcNotice(bt(r,t,e,!0))}</p>`:J}
        </div>
        <div part="actions" class="actions">
          ${Et(t,t=>this.decide(t,"banner"))}
          <button part="button button-customize" class="secondary" @click=${()=>this.manager?.showPreferences()}
            @pointerenter=${this.loadSecondaryViews} @focus=${this.loadSecondaryViews}>
            ${t.customize}
          </button>
        </div>
      </section>
    `;return a?W`<dialog part="banner-dialog" class="banner-dialog" aria-labelledby="banner-title" lang=${e} @cancel=${t=>t.preventDefault()}>
          ${c}
        </dialog>`:c}renderFloatingButton(t){const e=this.manager.config.floatingButton;return e&&this.manager.isDecided()?W`
      <button part="floating-button" class="floating ${e}" aria-label=${t.preferencesTitle} title=${t.preferencesTitle}
        @click=${()=>this.manager?.showPreferences()} @pointerenter=${this.loadSecondaryViews} @focus=${this.loadSecondaryViews}>
        <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5Zm-3.5 7a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm7 5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm-6 3a1 1 0 1 1 0 2 1 1 0 0 1 0-2Z"/>
        </svg>
      </button>
    `:J}async getUpdateComplete(){const t=()=>this.pageLanguage.afterLoading(()=>super.getUpdateComplete());let e=await t();for(;this.secondaryViewsLoading&&!this.secondaryViews;)await this.secondaryViewsLoading,e=await t();return e}render(){const t=this.manager&&this.pageLanguage.current;if(!this.manager||!t)return J;const{language:e,strings:s}=t,n=this.view,i=this.secondaryViews,o=!i||"preferences"!==n&&"notice"!==n?void 0:{manager:this.manager,strings:s,lang:e,draft:this.draft,policyLinks:this.renderPolicyLink(s),toggle:t=>this.toggle(t),decide:(t,e)=>this.decide(t,e),onDialogCancel:this.onDialogCancel,onDialogClose:this.onDialogClose};return W`
      ${"notice"===n&&o?i.renderNotice(o):J}
      ${"banner"===n||"preferences"===n&&this.bannerBehind?this.renderBanner(s,e):J}
      ${"preferences"===n&&o?i.renderPreferences(o):J}
      ${"hidden"===n?this.renderFloatingButton(s):J}
      <div class="visually-hidden" role="status" aria-live="polite" lang=${e}>${this.announcement}</div>
    `}}async function Mt(e,s=document){!function(e=customElements){e.get(t)||e.define(t,Ut)}(),s.body||await new Promise(t=>s.addEventListener("DOMContentLoaded",t,{once:!0}));const n=Array.from(s.querySelectorAll(t)).find(t=>t.manager===e);if(n)return n;const i=s.createElement(t);i.manager=e;const o=s.body.firstElementChild;return o?.matches('a[href^="#"]')?o.after(i):s.body.prepend(i),i}async function Tt(t,e=document){const n=Array.from(e.querySelectorAll(s));if(n.length){(await(import("./consent-banner-ui-consent-disclosure.js"))).defineConsentDisclosure(e.defaultView?.customElements);for(const e of n)e.manager??=t,e.hasAttribute("theme")||e.setAttribute("theme",t.config.theme)}}async function Rt(t,e=document){return(await(import("./consent-banner-ui-placeholders.js"))).mountPlaceholders(t,e)}Ut.styles=jt,Ut.properties={manager:{attribute:!1},layout:{},view:{state:!0},bannerBehind:{state:!0},draft:{state:!0},announcement:{state:!0}};export{J as A,s as C,St as P,kt as a,lt as b,W as c,ft as d,e,c as i,gt as l,Mt as mountConsentBanner,Tt as mountDisclosures,bt as p,Et as r,Rt as showPlaceholders,Pt as t};
