const e=globalThis,t=e.ShadowRoot&&(void 0===e.ShadyCSS||e.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,s=Symbol(),i=new WeakMap;let r=class{constructor(e,t,i){if(this._$cssResult$=!0,i!==s)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=t}get styleSheet(){let e=this.o;const s=this.t;if(t&&void 0===e){const t=void 0!==s&&1===s.length;t&&(e=i.get(s)),void 0===e&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),t&&i.set(s,e))}return e}toString(){return this.cssText}};const n=t?e=>e:e=>e instanceof CSSStyleSheet?(e=>{let t="";for(const s of e.cssRules)t+=s.cssText;return(e=>new r("string"==typeof e?e:e+"",void 0,s))(t)})(e):e,{is:o,defineProperty:a,getOwnPropertyDescriptor:c,getOwnPropertyNames:h,getOwnPropertySymbols:l,getPrototypeOf:d}=Object,p=globalThis,u=p.trustedTypes,g=u?u.emptyScript:"",f=p.reactiveElementPolyfillSupport,$=(e,t)=>e,b={toAttribute(e,t){switch(t){case Boolean:e=e?g:null;break;case Object:case Array:e=null==e?e:JSON.stringify(e)}return e},fromAttribute(e,t){let s=e;switch(t){case Boolean:s=null!==e;break;case Number:s=null===e?null:Number(e);break;case Object:case Array:try{s=JSON.parse(e)}catch(e){s=null}}return s}},_=(e,t)=>!o(e,t),v={attribute:!0,type:String,converter:b,reflect:!1,useDefault:!1,hasChanged:_};Symbol.metadata??=Symbol("metadata"),p.litPropertyMetadata??=new WeakMap;let m=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,t=v){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(e,t),!t.noAccessor){const s=Symbol(),i=this.getPropertyDescriptor(e,s,t);void 0!==i&&a(this.prototype,e,i)}}static getPropertyDescriptor(e,t,s){const{get:i,set:r}=c(this.prototype,e)??{get(){return this[t]},set(e){this[t]=e}};return{get:i,set(t){const n=i?.call(this);r?.call(this,t),this.requestUpdate(e,n,s)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??v}static _$Ei(){if(this.hasOwnProperty($("elementProperties")))return;const e=d(this);e.finalize(),void 0!==e.l&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty($("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty($("properties"))){const e=this.properties,t=[...h(e),...l(e)];for(const s of t)this.createProperty(s,e[s])}const e=this[Symbol.metadata];if(null!==e){const t=litPropertyMetadata.get(e);if(void 0!==t)for(const[e,s]of t)this.elementProperties.set(e,s)}this._$Eh=new Map;for(const[e,t]of this.elementProperties){const s=this._$Eu(e,t);void 0!==s&&this._$Eh.set(s,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){const t=[];if(Array.isArray(e)){const s=new Set(e.flat(1/0).reverse());for(const e of s)t.unshift(n(e))}else void 0!==e&&t.push(n(e));return t}static _$Eu(e,t){const s=t.attribute;return!1===s?void 0:"string"==typeof s?s:"string"==typeof e?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=new Set).add(e),void 0!==this.renderRoot&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){const e=new Map,t=this.constructor.elementProperties;for(const s of t.keys())this.hasOwnProperty(s)&&(e.set(s,this[s]),delete this[s]);e.size>0&&(this._$Ep=e)}createRenderRoot(){const s=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return((s,i)=>{if(t)s.adoptedStyleSheets=i.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(const t of i){const i=document.createElement("style"),r=e.litNonce;void 0!==r&&i.setAttribute("nonce",r),i.textContent=t.cssText,s.appendChild(i)}})(s,this.constructor.elementStyles),s}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,t,s){this._$AK(e,s)}_$ET(e,t){const s=this.constructor.elementProperties.get(e),i=this.constructor._$Eu(e,s);if(void 0!==i&&!0===s.reflect){const r=(void 0!==s.converter?.toAttribute?s.converter:b).toAttribute(t,s.type);this._$Em=e,null==r?this.removeAttribute(i):this.setAttribute(i,r),this._$Em=null}}_$AK(e,t){const s=this.constructor,i=s._$Eh.get(e);if(void 0!==i&&this._$Em!==i){const e=s.getPropertyOptions(i),r="function"==typeof e.converter?{fromAttribute:e.converter}:void 0!==e.converter?.fromAttribute?e.converter:b;this._$Em=i;const n=r.fromAttribute(t,e.type);this[i]=n??this._$Ej?.get(i)??n,this._$Em=null}}requestUpdate(e,t,s,i=!1,r){if(void 0!==e){const n=this.constructor;if(!1===i&&(r=this[e]),s??=n.getPropertyOptions(e),!((s.hasChanged??_)(r,t)||s.useDefault&&s.reflect&&r===this._$Ej?.get(e)&&!this.hasAttribute(n._$Eu(e,s))))return;this.C(e,t,s)}!1===this.isUpdatePending&&(this._$ES=this._$EP())}C(e,t,{useDefault:s,reflect:i,wrapped:r},n){s&&!(this._$Ej??=new Map).has(e)&&(this._$Ej.set(e,n??t??this[e]),!0!==r||void 0!==n)||(this._$AL.has(e)||(this.hasUpdated||s||(t=void 0),this._$AL.set(e,t)),!0===i&&this._$Em!==e&&(this._$Eq??=new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}const e=this.scheduleUpdate();return null!=e&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(const[e,t]of this._$Ep)this[e]=t;this._$Ep=void 0}const e=this.constructor.elementProperties;if(e.size>0)for(const[t,s]of e){const{wrapped:e}=s,i=this[t];!0!==e||this._$AL.has(t)||void 0===i||this.C(t,void 0,s,i)}}let e=!1;const t=this._$AL;try{e=this.shouldUpdate(t),e?(this.willUpdate(t),this._$EO?.forEach(e=>e.hostUpdate?.()),this.update(t)):this._$EM()}catch(t){throw e=!1,this._$EM(),t}e&&this._$AE(t)}willUpdate(e){}_$AE(e){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(e){}firstUpdated(e){}};m.elementStyles=[],m.shadowRootOptions={mode:"open"},m[$("elementProperties")]=new Map,m[$("finalized")]=new Map,f?.({ReactiveElement:m}),(p.reactiveElementVersions??=[]).push("2.1.2");const y=globalThis,A=e=>e,w=y.trustedTypes,x=w?w.createPolicy("lit-html",{createHTML:e=>e}):void 0,E="$lit$",k=`lit$${Math.random().toFixed(9).slice(2)}$`,S="?"+k,C=`<${S}>`,P=document,T=()=>P.createComment(""),O=e=>null===e||"object"!=typeof e&&"function"!=typeof e,M=Array.isArray,U="[ \t\n\f\r]",H=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,j=/-->/g,R=/>/g,L=RegExp(`>|${U}(?:([^\\s"'>=/]+)(${U}*=${U}*(?:[^ \t\n\f\r"'\`<>=]|("|')|))|$)`,"g"),N=/'/g,z=/"/g,D=/^(?:script|style|textarea|title)$/i,B=(e=>(t,...s)=>({_$litType$:e,strings:t,values:s}))(1),I=Symbol.for("lit-noChange"),q=Symbol.for("lit-nothing"),W=new WeakMap,V=P.createTreeWalker(P,129);function F(e,t){if(!M(e)||!e.hasOwnProperty("raw"))throw Error("invalid template strings array");return void 0!==x?x.createHTML(t):t}const J=(e,t)=>{const s=e.length-1,i=[];let r,n=2===t?"<svg>":3===t?"<math>":"",o=H;for(let t=0;t<s;t++){const s=e[t];let a,c,h=-1,l=0;for(;l<s.length&&(o.lastIndex=l,c=o.exec(s),null!==c);)l=o.lastIndex,o===H?"!--"===c[1]?o=j:void 0!==c[1]?o=R:void 0!==c[2]?(D.test(c[2])&&(r=RegExp("</"+c[2],"g")),o=L):void 0!==c[3]&&(o=L):o===L?">"===c[0]?(o=r??H,h=-1):void 0===c[1]?h=-2:(h=o.lastIndex-c[2].length,a=c[1],o=void 0===c[3]?L:'"'===c[3]?z:N):o===z||o===N?o=L:o===j||o===R?o=H:(o=L,r=void 0);const d=o===L&&e[t+1].startsWith("/>")?" ":"";n+=o===H?s+C:h>=0?(i.push(a),s.slice(0,h)+E+s.slice(h)+k+d):s+k+(-2===h?t:d)}return[F(e,n+(e[s]||"<?>")+(2===t?"</svg>":3===t?"</math>":"")),i]};class K{constructor({strings:e,_$litType$:t},s){let i;this.parts=[];let r=0,n=0;const o=e.length-1,a=this.parts,[c,h]=J(e,t);if(this.el=K.createElement(c,s),V.currentNode=this.el.content,2===t||3===t){const e=this.el.content.firstChild;e.replaceWith(...e.childNodes)}for(;null!==(i=V.nextNode())&&a.length<o;){if(1===i.nodeType){if(i.hasAttributes())for(const e of i.getAttributeNames())if(e.endsWith(E)){const t=h[n++],s=i.getAttribute(e).split(k),o=/([.?@])?(.*)/.exec(t);a.push({type:1,index:r,name:o[2],strings:s,ctor:"."===o[1]?Q:"?"===o[1]?ee:"@"===o[1]?te:Y}),i.removeAttribute(e)}else e.startsWith(k)&&(a.push({type:6,index:r}),i.removeAttribute(e));if(D.test(i.tagName)){const e=i.textContent.split(k),t=e.length-1;if(t>0){i.textContent=w?w.emptyScript:"";for(let s=0;s<t;s++)i.append(e[s],T()),V.nextNode(),a.push({type:2,index:++r});i.append(e[t],T())}}}else if(8===i.nodeType)if(i.data===S)a.push({type:2,index:r});else{let e=-1;for(;-1!==(e=i.data.indexOf(k,e+1));)a.push({type:7,index:r}),e+=k.length-1}r++}}static createElement(e,t){const s=P.createElement("template");return s.innerHTML=e,s}}function Z(e,t,s=e,i){if(t===I)return t;let r=void 0!==i?s._$Co?.[i]:s._$Cl;const n=O(t)?void 0:t._$litDirective$;return r?.constructor!==n&&(r?._$AO?.(!1),void 0===n?r=void 0:(r=new n(e),r._$AT(e,s,i)),void 0!==i?(s._$Co??=[])[i]=r:s._$Cl=r),void 0!==r&&(t=Z(e,r._$AS(e,t.values),r,i)),t}class G{constructor(e,t){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){const{el:{content:t},parts:s}=this._$AD,i=(e?.creationScope??P).importNode(t,!0);V.currentNode=i;let r=V.nextNode(),n=0,o=0,a=s[0];for(;void 0!==a;){if(n===a.index){let t;2===a.type?t=new X(r,r.nextSibling,this,e):1===a.type?t=new a.ctor(r,a.name,a.strings,this,e):6===a.type&&(t=new se(r,this,e)),this._$AV.push(t),a=s[++o]}n!==a?.index&&(r=V.nextNode(),n++)}return V.currentNode=P,i}p(e){let t=0;for(const s of this._$AV)void 0!==s&&(void 0!==s.strings?(s._$AI(e,s,t),t+=s.strings.length-2):s._$AI(e[t])),t++}}class X{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,t,s,i){this.type=2,this._$AH=q,this._$AN=void 0,this._$AA=e,this._$AB=t,this._$AM=s,this.options=i,this._$Cv=i?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode;const t=this._$AM;return void 0!==t&&11===e?.nodeType&&(e=t.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,t=this){e=Z(this,e,t),O(e)?e===q||null==e||""===e?(this._$AH!==q&&this._$AR(),this._$AH=q):e!==this._$AH&&e!==I&&this._(e):void 0!==e._$litType$?this.$(e):void 0!==e.nodeType?this.T(e):(e=>M(e)||"function"==typeof e?.[Symbol.iterator])(e)?this.k(e):this._(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==q&&O(this._$AH)?this._$AA.nextSibling.data=e:this.T(P.createTextNode(e)),this._$AH=e}$(e){const{values:t,_$litType$:s}=e,i="number"==typeof s?this._$AC(e):(void 0===s.el&&(s.el=K.createElement(F(s.h,s.h[0]),this.options)),s);if(this._$AH?._$AD===i)this._$AH.p(t);else{const e=new G(i,this),s=e.u(this.options);e.p(t),this.T(s),this._$AH=e}}_$AC(e){let t=W.get(e.strings);return void 0===t&&W.set(e.strings,t=new K(e)),t}k(e){M(this._$AH)||(this._$AH=[],this._$AR());const t=this._$AH;let s,i=0;for(const r of e)i===t.length?t.push(s=new X(this.O(T()),this.O(T()),this,this.options)):s=t[i],s._$AI(r),i++;i<t.length&&(this._$AR(s&&s._$AB.nextSibling,i),t.length=i)}_$AR(e=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);e!==this._$AB;){const t=A(e).nextSibling;A(e).remove(),e=t}}setConnected(e){void 0===this._$AM&&(this._$Cv=e,this._$AP?.(e))}}class Y{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,t,s,i,r){this.type=1,this._$AH=q,this._$AN=void 0,this.element=e,this.name=t,this._$AM=i,this.options=r,s.length>2||""!==s[0]||""!==s[1]?(this._$AH=Array(s.length-1).fill(new String),this.strings=s):this._$AH=q}_$AI(e,t=this,s,i){const r=this.strings;let n=!1;if(void 0===r)e=Z(this,e,t,0),n=!O(e)||e!==this._$AH&&e!==I,n&&(this._$AH=e);else{const i=e;let o,a;for(e=r[0],o=0;o<r.length-1;o++)a=Z(this,i[s+o],t,o),a===I&&(a=this._$AH[o]),n||=!O(a)||a!==this._$AH[o],a===q?e=q:e!==q&&(e+=(a??"")+r[o+1]),this._$AH[o]=a}n&&!i&&this.j(e)}j(e){e===q?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??"")}}class Q extends Y{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===q?void 0:e}}class ee extends Y{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==q)}}class te extends Y{constructor(e,t,s,i,r){super(e,t,s,i,r),this.type=5}_$AI(e,t=this){if((e=Z(this,e,t,0)??q)===I)return;const s=this._$AH,i=e===q&&s!==q||e.capture!==s.capture||e.once!==s.once||e.passive!==s.passive,r=e!==q&&(s===q||i);i&&this.element.removeEventListener(this.name,this,s),r&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){"function"==typeof this._$AH?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}}class se{constructor(e,t,s){this.element=e,this.type=6,this._$AN=void 0,this._$AM=t,this.options=s}get _$AU(){return this._$AM._$AU}_$AI(e){Z(this,e)}}const ie=y.litHtmlPolyfillSupport;ie?.(K,X),(y.litHtmlVersions??=[]).push("3.3.3");const re=globalThis;class ne extends m{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){const e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){const t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=((e,t,s)=>{const i=s?.renderBefore??t;let r=i._$litPart$;if(void 0===r){const e=s?.renderBefore??null;i._$litPart$=r=new X(t.insertBefore(T(),e),e,void 0,s??{})}return r._$AI(e),r})(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return I}}ne._$litElement$=!0,ne.finalized=!0,re.litElementHydrateSupport?.({LitElement:ne});const oe=re.litElementPolyfillSupport;function ae(e,t){return void 0===e||"string"==typeof e?e:e[t]??e.en??e.ja??Object.values(e)[0]}oe?.({LitElement:ne}),(re.litElementVersions??=[]).push("4.2.2");const ce="[consent-banner] ",he=e=>console.error(ce+e),le={ja:{bannerTitle:"Cookieの利用について",bannerText:e=>`当サイトでは、${e}のためにCookie等を使用します。サービスの提供に必要なもの以外は、同意いただいた場合にのみ使用します。同意はいつでも変更・撤回できます。`,policyLink:"プライバシーポリシー",acceptAll:"すべて同意する",rejectAll:"すべて拒否する",customize:"設定を選ぶ",preferencesTitle:"Cookie設定",preferencesIntro:"利用目的ごとに、Cookie等の使用を許可するかどうかを選べます。オフにした目的には使用しませんが、一部の機能がご利用いただけなくなる場合があります。",save:"選択した内容を保存",close:"閉じる",on:"オン",off:"オフ",alwaysOn:"常に有効",serviceLocked:"ページの表示やログインの維持、セキュリティの確保に欠かせないため、オフにはできません。",categories:{service:{title:"サービスの提供",purpose:"サービスの提供",description:"ページの表示、ログイン状態やカートの内容の保持、不正アクセスの防止など、サービスの提供に必要なCookie等です。"},analytics:{title:"アクセス解析",purpose:"アクセス解析",description:"ページの閲覧状況やご利用状況を統計的に把握し、サービスの改善に役立てるためのCookie等です。"},marketing:{title:"広告・マーケティング",purpose:"広告・マーケティング",description:"興味・関心に合わせた広告の表示、広告の効果測定、キャンペーン情報のお知らせに使用するCookie等です。"}}},en:{bannerTitle:"Cookies on this site",bannerText:e=>`We use cookies and similar technologies for ${e}. Apart from those needed to provide the service, we only use them if you agree. You can change or withdraw your consent at any time.`,policyLink:"Privacy policy",acceptAll:"Accept all",rejectAll:"Reject all",customize:"Customize",preferencesTitle:"Cookie settings",preferencesIntro:"Choose, for each purpose, whether we may use cookies and similar technologies. We do not use them for purposes you turn off, though some features may then be unavailable.",save:"Save choices",close:"Close",on:"On",off:"Off",alwaysOn:"Always on",serviceLocked:"These are essential for showing pages, keeping you signed in and keeping the site secure, so they cannot be turned off.",categories:{service:{title:"Service provision",purpose:"providing the service",description:"Cookies the service needs to work: showing pages, keeping you signed in and your cart, and preventing unauthorised access."},analytics:{title:"Analytics",purpose:"analytics",description:"Help us understand, in aggregate, how pages are visited and used, so that we can improve the service."},marketing:{title:"Marketing",purpose:"marketing",description:"Used to show ads that match your interests, to measure how well ads work, and to tell you about campaigns."}}}};const de=((e,...t)=>{const i=1===e.length?e[0]:t.reduce((t,s,i)=>t+(e=>{if(!0===e._$cssResult$)return e.cssText;if("number"==typeof e)return e;throw Error("Value passed to 'css' function must be a 'css' function result: "+e+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(s)+e[i+1],e[0]);return new r(i,e,s)})`
  :host {
    all: initial;
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
    --_radius: var(--consent-radius, 12px);
    --_space: var(--consent-spacing, 16px);
    --_shadow: var(--consent-shadow, 0 -2px 24px rgb(0 0 0 / 0.18));
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
    line-height: 1.6;
    color: var(--_fg);
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
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

  .banner-body {
    flex: 1 1 420px;
    min-width: 0;
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
    color: var(--_fg);
    font-size: 14px;
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

  @media (prefers-reduced-motion: reduce) {
    .track,
    .thumb {
      transition: none;
    }
  }
`;class pe extends ne{constructor(){super(...arguments),this.view="hidden",this.bannerBehind=!1,this.draft={},this.pageLang="",this.returnFocusTo=null,this.onDialogClose=()=>{"preferences"===this.manager?.getView()&&this.manager.closePreferences()},this.onDialogCancel=e=>{e.preventDefault(),this.manager?.closePreferences()}}connectedCallback(){super.connectedCallback(),this.pageLang=document.documentElement.lang,this.langObserver=new MutationObserver(()=>this.pageLang=document.documentElement.lang),this.langObserver.observe(document.documentElement,{attributes:!0,attributeFilter:["lang"]}),this.attachManager()}disconnectedCallback(){super.disconnectedCallback(),this.langObserver?.disconnect(),this.detachManager?.(),this.detachManager=void 0}firstUpdated(){this.manager||he("<consent-banner> has no manager, so it shows nothing. Set element.manager = createConsentManager(config, { storage }), or load dist/consent-banner.js instead.")}willUpdate(e){e.has("manager")&&this.isConnected&&this.attachManager()}updated(e){if(!e.has("view"))return;const t=this.renderRoot.querySelector("dialog");if("preferences"===this.view&&t&&!t.open)this.returnFocusTo=function(){let e=document.activeElement;for(;e?.shadowRoot?.activeElement;)e=e.shadowRoot.activeElement;return e}(),t.showModal();else if("preferences"===e.get("view")){const e=this.returnFocusTo;this.returnFocusTo=null,e?.isConnected?e.focus():"banner"===this.view&&this.renderRoot.querySelector(".banner button")?.focus()}}attachManager(){this.detachManager?.(),this.detachManager=void 0;const e=this.manager;if(!e)return;e.setEventTarget(this);const t=t=>{"preferences"===t&&(this.draft=e.getStartingPoint()),this.bannerBehind="preferences"===t&&("banner"===this.view||this.bannerBehind),this.view=t};t(e.getView());const s=e.onViewChange(t);this.detachManager=()=>{s(),e.setEventTarget(null)}}get language(){return function(e,t="ja"){return(e?.trim().toLowerCase()||t.toLowerCase()).startsWith("ja")?"ja":"en"}(this.getAttribute("lang")||this.pageLang,this.manager?.config.lang)}categoryText(e,t,s){const i=t.categories[e.id],r=ae(e.title,s)??i?.title??e.id;return{title:r,purpose:e.title?r:i?.purpose??r,description:ae(e.description,s)??i?.description??""}}decide(e,t){this.manager?.[e](t)}toggle(e){e.required||(this.draft={...this.draft,[e.id]:!this.draft[e.id]})}renderPolicyLink(e){const t=this.manager?.config.policyUrl;return t?B`<a part="policy-link" href=${t}>${e.policyLink}</a>`:q}renderBanner(e,t){const s=this.manager.config.categories,i=new Intl.ListFormat(t,{type:"conjunction"}).format(s.map(s=>this.categoryText(s,e,t).purpose));return B`
      <section part="banner" class="banner" role="region" aria-labelledby="banner-title" lang=${t}>
        <div class="banner-body">
          <h2 part="title" id="banner-title">${e.bannerTitle}</h2>
          <p part="text">${e.bannerText(i)} ${this.renderPolicyLink(e)}</p>
        </div>
        <div part="actions" class="actions">
          <button part="button button-accept" class="choice" @click=${()=>this.decide("acceptAll","banner")}>
            ${e.acceptAll}
          </button>
          <button part="button button-reject" class="choice" @click=${()=>this.decide("rejectAll","banner")}>
            ${e.rejectAll}
          </button>
          <button part="button button-customize" class="secondary" @click=${()=>this.manager?.showPreferences()}>
            ${e.customize}
          </button>
        </div>
      </section>
    `}renderCategory(e,t,s){const{title:i,description:r}=this.categoryText(e,t,s),n=e.required||!0===this.draft[e.id],o=`category-${e.id}`,a=e.required?`${o}-description ${o}-locked`:`${o}-description`;return B`
      <li part="category" class="category">
        <div class="category-head">
          <span class="category-title" id="${o}-title">${i}</span>
          <button
            part="switch"
            role="switch"
            type="button"
            aria-checked=${n?"true":"false"}
            aria-disabled=${e.required?"true":q}
            aria-labelledby="${o}-title"
            aria-describedby=${a}
            data-category=${e.id}
            @click=${()=>this.toggle(e)}
          >
            <span class="track"><span class="thumb"></span></span>
            <span class="switch-state" aria-hidden="true">
              ${e.required?t.alwaysOn:n?t.on:t.off}
            </span>
          </button>
        </div>
        <p id="${o}-description">${r}</p>
        ${e.required?B`<p id="${o}-locked">${t.serviceLocked}</p>`:q}
      </li>
    `}renderPreferences(e,t){const s=this.manager;return B`
      <dialog
        part="preferences"
        aria-labelledby="preferences-title"
        lang=${t}
        @cancel=${this.onDialogCancel}
        @close=${this.onDialogClose}
      >
        <div class="dialog-header">
          <h2 id="preferences-title">${e.preferencesTitle}</h2>
          <button part="button button-close" class="close" aria-label=${e.close} @click=${()=>s.closePreferences()}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <div class="dialog-body">
          <p class="intro">${e.preferencesIntro} ${this.renderPolicyLink(e)}</p>
          <ul class="categories">
            ${s.config.categories.map(s=>this.renderCategory(s,e,t))}
          </ul>
        </div>
        <div part="actions" class="actions dialog-footer">
          <button part="button button-reject" class="choice" @click=${()=>this.decide("rejectAll","preferences")}>
            ${e.rejectAll}
          </button>
          <button part="button button-accept" class="choice" @click=${()=>this.decide("acceptAll","preferences")}>
            ${e.acceptAll}
          </button>
          <button part="button button-save" class="save" @click=${()=>s.set(this.draft,"preferences")}>
            ${e.save}
          </button>
        </div>
      </dialog>
    `}render(){if(!this.manager||"hidden"===this.view)return q;const e=this.language,t=function(e){return le[e]}(e);return B`${"banner"===this.view||this.bannerBehind?this.renderBanner(t,e):q}
    ${"preferences"===this.view?this.renderPreferences(t,e):q}`}}pe.styles=de,pe.properties={manager:{attribute:!1},view:{state:!0},bannerBehind:{state:!0},draft:{state:!0},pageLang:{state:!0}};const ue="consent-banner";async function ge(e,t=document){!function(e=customElements){e.get(ue)||e.define(ue,pe)}(),t.body||await new Promise(e=>t.addEventListener("DOMContentLoaded",e,{once:!0}));const s=Array.from(t.querySelectorAll(ue)).find(t=>t.manager===e);if(s)return s;const i=t.createElement(ue);return i.manager=e,t.body.append(i),i}export{ge as mountConsentBanner};
