const e="consent-banner",t="consent-placeholder",n="consent-disclosure",o=globalThis,s=o.ShadowRoot&&(void 0===o.ShadyCSS||o.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,i=Symbol(),r=new WeakMap;let a=class{constructor(e,t,n){if(this._$cssResult$=!0,n!==i)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=t}get styleSheet(){let e=this.o;const t=this.t;if(s&&void 0===e){const n=void 0!==t&&1===t.length;n&&(e=r.get(t)),void 0===e&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),n&&r.set(t,e))}return e}toString(){return this.cssText}};const c=(e,...t)=>{const n=1===e.length?e[0]:t.reduce((t,n,o)=>t+(e=>{if(!0===e._$cssResult$)return e.cssText;if("number"==typeof e)return e;throw Error("Value passed to 'css' function must be a 'css' function result: "+e+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(n)+e[o+1],e[0]);return new a(n,e,i)},l=s?e=>e:e=>e instanceof CSSStyleSheet?(e=>{let t="";for(const n of e.cssRules)t+=n.cssText;return(e=>new a("string"==typeof e?e:e+"",void 0,i))(t)})(e):e,{is:d,defineProperty:h,getOwnPropertyDescriptor:p,getOwnPropertyNames:u,getOwnPropertySymbols:g,getPrototypeOf:f}=Object,b=globalThis,m=b.trustedTypes,$=m?m.emptyScript:"",v=b.reactiveElementPolyfillSupport,y=(e,t)=>e,_={toAttribute(e,t){switch(t){case Boolean:e=e?$:null;break;case Object:case Array:e=null==e?e:JSON.stringify(e)}return e},fromAttribute(e,t){let n=e;switch(t){case Boolean:n=null!==e;break;case Number:n=null===e?null:Number(e);break;case Object:case Array:try{n=JSON.parse(e)}catch(e){n=null}}return n}},w=(e,t)=>!d(e,t),x={attribute:!0,type:String,converter:_,reflect:!1,useDefault:!1,hasChanged:w};Symbol.metadata??=Symbol("metadata"),b.litPropertyMetadata??=new WeakMap;let A=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,t=x){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(e,t),!t.noAccessor){const n=Symbol(),o=this.getPropertyDescriptor(e,n,t);void 0!==o&&h(this.prototype,e,o)}}static getPropertyDescriptor(e,t,n){const{get:o,set:s}=p(this.prototype,e)??{get(){return this[t]},set(e){this[t]=e}};return{get:o,set(t){const i=o?.call(this);s?.call(this,t),this.requestUpdate(e,i,n)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??x}static _$Ei(){if(this.hasOwnProperty(y("elementProperties")))return;const e=f(this);e.finalize(),void 0!==e.l&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(y("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(y("properties"))){const e=this.properties,t=[...u(e),...g(e)];for(const n of t)this.createProperty(n,e[n])}const e=this[Symbol.metadata];if(null!==e){const t=litPropertyMetadata.get(e);if(void 0!==t)for(const[e,n]of t)this.elementProperties.set(e,n)}this._$Eh=new Map;for(const[e,t]of this.elementProperties){const n=this._$Eu(e,t);void 0!==n&&this._$Eh.set(n,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){const t=[];if(Array.isArray(e)){const n=new Set(e.flat(1/0).reverse());for(const e of n)t.unshift(l(e))}else void 0!==e&&t.push(l(e));return t}static _$Eu(e,t){const n=t.attribute;return!1===n?void 0:"string"==typeof n?n:"string"==typeof e?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=new Set).add(e),void 0!==this.renderRoot&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){const e=new Map,t=this.constructor.elementProperties;for(const n of t.keys())this.hasOwnProperty(n)&&(e.set(n,this[n]),delete this[n]);e.size>0&&(this._$Ep=e)}createRenderRoot(){const e=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return((e,t)=>{if(s)e.adoptedStyleSheets=t.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(const n of t){const t=document.createElement("style"),s=o.litNonce;void 0!==s&&t.setAttribute("nonce",s),t.textContent=n.cssText,e.appendChild(t)}})(e,this.constructor.elementStyles),e}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,t,n){this._$AK(e,n)}_$ET(e,t){const n=this.constructor.elementProperties.get(e),o=this.constructor._$Eu(e,n);if(void 0!==o&&!0===n.reflect){const s=(void 0!==n.converter?.toAttribute?n.converter:_).toAttribute(t,n.type);this._$Em=e,null==s?this.removeAttribute(o):this.setAttribute(o,s),this._$Em=null}}_$AK(e,t){const n=this.constructor,o=n._$Eh.get(e);if(void 0!==o&&this._$Em!==o){const e=n.getPropertyOptions(o),s="function"==typeof e.converter?{fromAttribute:e.converter}:void 0!==e.converter?.fromAttribute?e.converter:_;this._$Em=o;const i=s.fromAttribute(t,e.type);this[o]=i??this._$Ej?.get(o)??i,this._$Em=null}}requestUpdate(e,t,n,o=!1,s){if(void 0!==e){const i=this.constructor;if(!1===o&&(s=this[e]),n??=i.getPropertyOptions(e),!((n.hasChanged??w)(s,t)||n.useDefault&&n.reflect&&s===this._$Ej?.get(e)&&!this.hasAttribute(i._$Eu(e,n))))return;this.C(e,t,n)}!1===this.isUpdatePending&&(this._$ES=this._$EP())}C(e,t,{useDefault:n,reflect:o,wrapped:s},i){n&&!(this._$Ej??=new Map).has(e)&&(this._$Ej.set(e,i??t??this[e]),!0!==s||void 0!==i)||(this._$AL.has(e)||(this.hasUpdated||n||(t=void 0),this._$AL.set(e,t)),!0===o&&this._$Em!==e&&(this._$Eq??=new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}const e=this.scheduleUpdate();return null!=e&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(const[e,t]of this._$Ep)this[e]=t;this._$Ep=void 0}const e=this.constructor.elementProperties;if(e.size>0)for(const[t,n]of e){const{wrapped:e}=n,o=this[t];!0!==e||this._$AL.has(t)||void 0===o||this.C(t,void 0,n,o)}}let e=!1;const t=this._$AL;try{e=this.shouldUpdate(t),e?(this.willUpdate(t),this._$EO?.forEach(e=>e.hostUpdate?.()),this.update(t)):this._$EM()}catch(t){throw e=!1,this._$EM(),t}e&&this._$AE(t)}willUpdate(e){}_$AE(e){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(e){}firstUpdated(e){}};A.elementStyles=[],A.shadowRootOptions={mode:"open"},A[y("elementProperties")]=new Map,A[y("finalized")]=new Map,v?.({ReactiveElement:A}),(b.reactiveElementVersions??=[]).push("2.1.2");const k=globalThis,C=e=>e,E=k.trustedTypes,S=E?E.createPolicy("lit-html",{createHTML:e=>e}):void 0,O="$lit$",P=`lit$${Math.random().toFixed(9).slice(2)}$`,T="?"+P,M=`<${T}>`,U=document,N=()=>U.createComment(""),L=e=>null===e||"object"!=typeof e&&"function"!=typeof e,j=Array.isArray,R="[ \t\n\f\r]",H=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,D=/-->/g,z=/>/g,I=RegExp(`>|${R}(?:([^\\s"'>=/]+)(${R}*=${R}*(?:[^ \t\n\f\r"'\`<>=]|("|')|))|$)`,"g"),B=/'/g,q=/"/g,W=/^(?:script|style|textarea|title)$/i,F=(e=>(t,...n)=>({_$litType$:e,strings:t,values:n}))(1),V=Symbol.for("lit-noChange"),Y=Symbol.for("lit-nothing"),K=new WeakMap,G=U.createTreeWalker(U,129);function Z(e,t){if(!j(e)||!e.hasOwnProperty("raw"))throw Error("invalid template strings array");return void 0!==S?S.createHTML(t):t}const J=(e,t)=>{const n=e.length-1,o=[];let s,i=2===t?"<svg>":3===t?"<math>":"",r=H;for(let t=0;t<n;t++){const n=e[t];let a,c,l=-1,d=0;for(;d<n.length&&(r.lastIndex=d,c=r.exec(n),null!==c);)d=r.lastIndex,r===H?"!--"===c[1]?r=D:void 0!==c[1]?r=z:void 0!==c[2]?(W.test(c[2])&&(s=RegExp("</"+c[2],"g")),r=I):void 0!==c[3]&&(r=I):r===I?">"===c[0]?(r=s??H,l=-1):void 0===c[1]?l=-2:(l=r.lastIndex-c[2].length,a=c[1],r=void 0===c[3]?I:'"'===c[3]?q:B):r===q||r===B?r=I:r===D||r===z?r=H:(r=I,s=void 0);const h=r===I&&e[t+1].startsWith("/>")?" ":"";i+=r===H?n+M:l>=0?(o.push(a),n.slice(0,l)+O+n.slice(l)+P+h):n+P+(-2===l?t:h)}return[Z(e,i+(e[n]||"<?>")+(2===t?"</svg>":3===t?"</math>":"")),o]};class X{constructor({strings:e,_$litType$:t},n){let o;this.parts=[];let s=0,i=0;const r=e.length-1,a=this.parts,[c,l]=J(e,t);if(this.el=X.createElement(c,n),G.currentNode=this.el.content,2===t||3===t){const e=this.el.content.firstChild;e.replaceWith(...e.childNodes)}for(;null!==(o=G.nextNode())&&a.length<r;){if(1===o.nodeType){if(o.hasAttributes())for(const e of o.getAttributeNames())if(e.endsWith(O)){const t=l[i++],n=o.getAttribute(e).split(P),r=/([.?@])?(.*)/.exec(t);a.push({type:1,index:s,name:r[2],strings:n,ctor:"."===r[1]?oe:"?"===r[1]?se:"@"===r[1]?ie:ne}),o.removeAttribute(e)}else e.startsWith(P)&&(a.push({type:6,index:s}),o.removeAttribute(e));if(W.test(o.tagName)){const e=o.textContent.split(P),t=e.length-1;if(t>0){o.textContent=E?E.emptyScript:"";for(let n=0;n<t;n++)o.append(e[n],N()),G.nextNode(),a.push({type:2,index:++s});o.append(e[t],N())}}}else if(8===o.nodeType)if(o.data===T)a.push({type:2,index:s});else{let e=-1;for(;-1!==(e=o.data.indexOf(P,e+1));)a.push({type:7,index:s}),e+=P.length-1}s++}}static createElement(e,t){const n=U.createElement("template");return n.innerHTML=e,n}}function Q(e,t,n=e,o){if(t===V)return t;let s=void 0!==o?n._$Co?.[o]:n._$Cl;const i=L(t)?void 0:t._$litDirective$;return s?.constructor!==i&&(s?._$AO?.(!1),void 0===i?s=void 0:(s=new i(e),s._$AT(e,n,o)),void 0!==o?(n._$Co??=[])[o]=s:n._$Cl=s),void 0!==s&&(t=Q(e,s._$AS(e,t.values),s,o)),t}class ee{constructor(e,t){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){const{el:{content:t},parts:n}=this._$AD,o=(e?.creationScope??U).importNode(t,!0);G.currentNode=o;let s=G.nextNode(),i=0,r=0,a=n[0];for(;void 0!==a;){if(i===a.index){let t;2===a.type?t=new te(s,s.nextSibling,this,e):1===a.type?t=new a.ctor(s,a.name,a.strings,this,e):6===a.type&&(t=new re(s,this,e)),this._$AV.push(t),a=n[++r]}i!==a?.index&&(s=G.nextNode(),i++)}return G.currentNode=U,o}p(e){let t=0;for(const n of this._$AV)void 0!==n&&(void 0!==n.strings?(n._$AI(e,n,t),t+=n.strings.length-2):n._$AI(e[t])),t++}}class te{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,t,n,o){this.type=2,this._$AH=Y,this._$AN=void 0,this._$AA=e,this._$AB=t,this._$AM=n,this.options=o,this._$Cv=o?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode;const t=this._$AM;return void 0!==t&&11===e?.nodeType&&(e=t.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,t=this){e=Q(this,e,t),L(e)?e===Y||null==e||""===e?(this._$AH!==Y&&this._$AR(),this._$AH=Y):e!==this._$AH&&e!==V&&this._(e):void 0!==e._$litType$?this.$(e):void 0!==e.nodeType?this.T(e):(e=>j(e)||"function"==typeof e?.[Symbol.iterator])(e)?this.k(e):this._(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==Y&&L(this._$AH)?this._$AA.nextSibling.data=e:this.T(U.createTextNode(e)),this._$AH=e}$(e){const{values:t,_$litType$:n}=e,o="number"==typeof n?this._$AC(e):(void 0===n.el&&(n.el=X.createElement(Z(n.h,n.h[0]),this.options)),n);if(this._$AH?._$AD===o)this._$AH.p(t);else{const e=new ee(o,this),n=e.u(this.options);e.p(t),this.T(n),this._$AH=e}}_$AC(e){let t=K.get(e.strings);return void 0===t&&K.set(e.strings,t=new X(e)),t}k(e){j(this._$AH)||(this._$AH=[],this._$AR());const t=this._$AH;let n,o=0;for(const s of e)o===t.length?t.push(n=new te(this.O(N()),this.O(N()),this,this.options)):n=t[o],n._$AI(s),o++;o<t.length&&(this._$AR(n&&n._$AB.nextSibling,o),t.length=o)}_$AR(e=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);e!==this._$AB;){const t=C(e).nextSibling;C(e).remove(),e=t}}setConnected(e){void 0===this._$AM&&(this._$Cv=e,this._$AP?.(e))}}class ne{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,t,n,o,s){this.type=1,this._$AH=Y,this._$AN=void 0,this.element=e,this.name=t,this._$AM=o,this.options=s,n.length>2||""!==n[0]||""!==n[1]?(this._$AH=Array(n.length-1).fill(new String),this.strings=n):this._$AH=Y}_$AI(e,t=this,n,o){const s=this.strings;let i=!1;if(void 0===s)e=Q(this,e,t,0),i=!L(e)||e!==this._$AH&&e!==V,i&&(this._$AH=e);else{const o=e;let r,a;for(e=s[0],r=0;r<s.length-1;r++)a=Q(this,o[n+r],t,r),a===V&&(a=this._$AH[r]),i||=!L(a)||a!==this._$AH[r],a===Y?e=Y:e!==Y&&(e+=(a??"")+s[r+1]),this._$AH[r]=a}i&&!o&&this.j(e)}j(e){e===Y?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??"")}}class oe extends ne{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===Y?void 0:e}}class se extends ne{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==Y)}}class ie extends ne{constructor(e,t,n,o,s){super(e,t,n,o,s),this.type=5}_$AI(e,t=this){if((e=Q(this,e,t,0)??Y)===V)return;const n=this._$AH,o=e===Y&&n!==Y||e.capture!==n.capture||e.once!==n.once||e.passive!==n.passive,s=e!==Y&&(n===Y||o);o&&this.element.removeEventListener(this.name,this,n),s&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){"function"==typeof this._$AH?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}}class re{constructor(e,t,n){this.element=e,this.type=6,this._$AN=void 0,this._$AM=t,this.options=n}get _$AU(){return this._$AM._$AU}_$AI(e){Q(this,e)}}const ae=k.litHtmlPolyfillSupport;ae?.(X,te),(k.litHtmlVersions??=[]).push("3.3.3");const ce=globalThis;class le extends A{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){const e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){const t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=((e,t,n)=>{const o=n?.renderBefore??t;let s=o._$litPart$;if(void 0===s){const e=n?.renderBefore??null;o._$litPart$=s=new te(t.insertBefore(N(),e),e,void 0,n??{})}return s._$AI(e),s})(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return V}}le._$litElement$=!0,le.finalized=!0,ce.litElementHydrateSupport?.({LitElement:le});const de=ce.litElementPolyfillSupport;function he(e,t){return void 0===e||"string"==typeof e?e:e[t]??e.en??e.ja??Object.values(e)[0]}de?.({LitElement:le}),(ce.litElementVersions??=[]).push("4.2.2");const pe="[consent-banner] ",ue={warn:e=>console.warn(pe+e),error:e=>console.error(pe+e)};function ge(e,t,n){const o=t.categories[e.id],s=he(e.title,n)??o?.title??e.id;return{title:s,purpose:e.title?s:o?.purpose??s,description:he(e.description,n)??o?.description??""}}function fe(e,t,n,o=!1){const s=e.map(e=>{const s=ge(e,t,n);return o&&"ja"===n?`「${s.title}」`:s.purpose});return function(e,t){return"ja"===t?e.join("、"):"en"!==t?new Intl.ListFormat(t,{type:"conjunction"}).format(e):e.length<3?e.join(" and "):`${e.slice(0,-1).join(", ")}, and ${e[e.length-1]}`}(s,n)}const be={bannerTitle:"Cookies on this site",bannerText:e=>`We use cookies and similar technologies for ${e}. Apart from those needed to provide the service, we only use them if you agree. You can change or withdraw your consent at any time.`,policyLink:"Privacy policy",acceptAll:"Accept all",rejectAll:"Reject all",customize:"Customize",preferencesTitle:"Cookie settings",preferencesIntro:"Choose, for each purpose, whether we may use cookies and similar technologies. We do not use them for purposes you turn off, though some features may then be unavailable.",save:"Save choices",close:"Close",on:"On",off:"Off",alwaysOn:"Always on",serviceLocked:"These are essential for showing pages, keeping you signed in and keeping the site secure, so they cannot be turned off.",gpcNotice:e=>`Your browser sends a Global Privacy Control signal, so ${e} stays off. You can still turn it on under Customize.`,placeholderText:e=>`This content uses cookies and similar technologies for ${e}. It is shown only with your consent.`,placeholderAllow:"Allow and show",placeholderSettings:"Cookie settings",placeholderDefaultTitle:"External content",revisionNotice:"We have updated our privacy policy. Please review it and make your choice again.",expiredNotice:"It has been a while since your last choice, so we are asking again.",cannotRemember:"Your browser does not accept cookies, so your choice will not be kept once you leave this page, and some features may not work.",disclosureLink:"External transmission policy",whenOffLabel:"When off: ",vendorsLabel:"Sent to: ",consentIdLabel:(e,t)=>`Consent ID: ${e} (saved ${t})`,optOutTitle:"You have been unsubscribed",optOutMarketing:"We will no longer send you advertising or campaign e-mails, and we have stopped using cookies and similar technologies for marketing.",optOutCategory:e=>`You have withdrawn your consent to ${e}.`,optOutImportant:"We will still send you important notices about your orders, contracts and account security.",optOutPending:"Recording your unsubscribe…",optOutSent:"Your unsubscribe has been recorded.",optOutFailed:"We could not record your unsubscribe on our server. Please open the link again later, or contact us.",undo:"Undo",openSettings:"Open cookie settings",policyUpdated:"We have updated our privacy policy. Your settings stay as they were.",disclosureColumns:{recipient:"Recipient",data:"Information sent",purpose:"Purpose",category:"Category",optOut:"Opt out"},disclosureEmpty:"We do not send information to any third party.",saved:"Your choices have been saved.",categories:{service:{title:"Service provision",purpose:"providing the service",description:"Cookies the service needs to work: showing pages, keeping you signed in and your cart, and preventing unauthorised access."},analytics:{title:"Analytics",purpose:"analytics",description:"Help us understand, in aggregate, how pages are visited and used, so that we can improve the service."},marketing:{title:"Marketing",purpose:"marketing",description:"Used to show ads that match your interests, to measure how well ads work, and to tell you about campaigns."}}},me={bannerTitle:"Cookieの利用について",bannerText:e=>`当サイトでは、${e}のためにCookie等を使用します。サービスの提供に必要なもの以外は、同意いただいた場合にのみ使用します。同意はいつでも変更・撤回できます。`,policyLink:"プライバシーポリシー",acceptAll:"すべて同意する",rejectAll:"すべて拒否する",customize:"設定を選ぶ",preferencesTitle:"Cookie設定",preferencesIntro:"利用目的ごとに、Cookie等の使用を許可するかどうかを選べます。オフにした目的には使用しませんが、一部の機能がご利用いただけなくなる場合があります。",save:"選択した内容を保存",close:"閉じる",on:"オン",off:"オフ",alwaysOn:"常に有効",serviceLocked:"ページの表示やログインの維持、セキュリティの確保に欠かせないため、オフにはできません。",gpcNotice:e=>`ブラウザからグローバル・プライバシー・コントロール（GPC）が送信されているため、${e}はオフにしています。「設定を選ぶ」から個別にオンにできます。`,placeholderText:e=>`このコンテンツは${e}のためにCookie等を使用します。表示するには同意が必要です。`,placeholderAllow:"同意して表示する",placeholderSettings:"Cookie設定",placeholderDefaultTitle:"外部のコンテンツ",revisionNotice:"プライバシーポリシーを改定しました。内容をご確認のうえ、あらためてお選びください。",expiredNotice:"前回の選択から一定の期間が経ったため、あらためて確認しています。",cannotRemember:"このブラウザではCookieが無効になっているため、選んだ内容はこのページを離れると保存されません。一部の機能がご利用いただけない場合があります。",disclosureLink:"外部送信ポリシー",whenOffLabel:"オフにすると：",vendorsLabel:"送信先：",consentIdLabel:(e,t)=>`同意ID：${e}（${t}に保存）`,optOutTitle:"メール配信を停止しました",optOutMarketing:"広告・キャンペーンのメール配信を停止しました。あわせて、広告・マーケティングを目的としたCookie等の利用も停止しました。",optOutCategory:e=>`「${e}」への同意を取り消しました。`,optOutImportant:"ご注文や契約、セキュリティに関する重要なお知らせは、引き続きお送りします。",optOutPending:"配信停止を登録しています…",optOutSent:"配信停止を登録しました。",optOutFailed:"配信停止をサーバーに登録できませんでした。お手数ですが、時間をおいてもう一度リンクを開くか、お問い合わせ窓口までご連絡ください。",undo:"元に戻す",openSettings:"Cookie設定を開く",policyUpdated:"プライバシーポリシーを改定しました。これまでの設定はそのまま引き継がれます。",disclosureColumns:{recipient:"送信先",data:"送信される情報",purpose:"利用目的",category:"カテゴリ",optOut:"オプトアウト"},disclosureEmpty:"外部に送信している情報はありません。",saved:"選択した内容を保存しました。",categories:{service:{title:"サービスの提供",purpose:"サービスの提供",description:"ページの表示、ログイン状態やカートの内容の保持、不正アクセスの防止など、サービスの提供に必要なCookie等です。"},analytics:{title:"アクセス解析",purpose:"アクセス解析",description:"ページの閲覧状況やご利用状況を統計的に把握し、サービスの改善に役立てるためのCookie等です。"},marketing:{title:"広告・マーケティング",purpose:"広告・マーケティング",description:"興味・関心に合わせた広告の表示、広告の効果測定、キャンペーン情報のお知らせに使用するCookie等です。"}}};const $e={bannerText:["purposes"],gpcNotice:["purposes"],placeholderText:["purposes"],optOutCategory:["title"],consentIdLabel:["id","savedAt"]};function ve(e,t){return(...n)=>t.reduce((e,t,o)=>e.split(`{${t}}`).join(n[o]),e)}const ye=new WeakMap;function _e(e,t={},n){const o="ja"===e?me:be;if(!t[e])return o;const s=ye.get(t)??new Map;return ye.set(t,s),s.has(e)||s.set(e,function(e,t,n,o){const s={...e};for(const[i,r]of Object.entries(n)){const n=e[i];void 0===n||"categories"===i?o?.warn(`texts.${t}.${i} is not a text of the widget; it is ignored. Category texts go in categories.<id>.`):"function"==typeof n&&"string"==typeof r?s[i]=ve(r,$e[i]??[]):"string"==typeof n&&"string"==typeof r?s[i]=r:"object"==typeof n&&r&&"object"==typeof r?s[i]={...n,...r}:o?.warn(`texts.${t}.${i} must be a string; it is ignored.`)}return s}(o,e,t[e],n)),s.get(e)}class we{constructor(e,t){this.host=e,this.config=t,e.addController(this)}get language(){const e=this.config();return function(e,t="ja",n=[]){const o=(e?.trim()||t).toLowerCase();if(o.startsWith("ja"))return"ja";const s=o.split("-")[0];return n.includes(s)?s:"en"}(this.host.getAttribute("lang")||document.documentElement.lang,e?.lang,Object.keys(e?.texts??{}))}get strings(){return _e(this.language,this.config()?.texts,ue)}hostConnected(){this.observer=new MutationObserver(()=>this.host.requestUpdate()),this.observer.observe(document.documentElement,{attributes:!0,attributeFilter:["lang"]})}hostDisconnected(){this.observer?.disconnect()}}const xe=c`
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
`;function Ae({on:e,locked:t,categoryId:n,strings:o,onToggle:s,labelledBy:i,label:r,describedBy:a}){return F`
    <button
      part="switch"
      role="switch"
      type="button"
      aria-checked=${e?"true":"false"}
      aria-disabled=${t?"true":Y}
      aria-labelledby=${i??Y}
      aria-label=${r??Y}
      aria-describedby=${a??Y}
      data-category=${n}
      @click=${s}
    >
      <span class="track"><span class="thumb"></span></span>
      <span class="switch-state" aria-hidden="true">${t?o.alwaysOn:e?o.on:o.off}</span>
    </button>
  `}const ke=c`
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
`,Ce=c`
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
    ${ke}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${ke}
    }
  }
`,Ee=c`
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
`,Se=[Ce,xe,c`
  :host {
    all: initial;
  }

  .banner,
  dialog,
  .floating,
  .visually-hidden {
    ${Ee}
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

`];class Oe extends le{constructor(){super(...arguments),this.view="hidden",this.bannerBehind=!1,this.draft={},this.pageLanguage=new we(this,()=>this.manager?.config),this.returnFocusTo=null,this.announcement="",this.onDialogClose=()=>{"preferences"===this.manager?.getView()&&this.manager.closePreferences()},this.onDialogCancel=e=>{e.preventDefault(),this.manager?.closePreferences()}}connectedCallback(){super.connectedCallback(),this.attachManager()}disconnectedCallback(){super.disconnectedCallback(),this.stopKeepingFocusVisible?.(),this.detachManager?.(),this.detachManager=void 0}firstUpdated(){this.manager||ue.error("<consent-banner> has no manager, so it shows nothing. Set element.manager = createConsentManager(config, { storage }), or load dist/consent-banner.js instead.")}willUpdate(e){e.has("manager")&&this.isConnected&&this.attachManager();const t=this.manager?.config;t&&!this.hasAttribute("layout")&&this.setAttribute("layout",t.layout),t&&!this.hasAttribute("theme")&&this.setAttribute("theme",t.theme)}updated(e){this.keepFocusVisible();const t=this.renderRoot.querySelector("dialog.banner-dialog");if(t&&!t.open&&t.showModal(),!e.has("view"))return;"notice"===this.view&&this.renderRoot.querySelector("#notice-title")?.focus();const n=this.renderRoot.querySelector("dialog");if("preferences"===this.view&&n&&!n.open)this.returnFocusTo=function(){let e=document.activeElement;for(;e?.shadowRoot?.activeElement;)e=e.shadowRoot.activeElement;return e}(),n.showModal();else if("preferences"===e.get("view")){const e=this.returnFocusTo;this.returnFocusTo=null,e?.isConnected?e.focus():"banner"===this.view&&this.renderRoot.querySelector(".banner button")?.focus()}}keepFocusVisible(){const e=this.renderRoot.querySelector(".banner:not(.in-dialog)"),t=this.getAttribute("layout");if(!e||"bar"!==t&&"bar-top"!==t)return this.stopKeepingFocusVisible?.(),void(this.stopKeepingFocusVisible=void 0);if(this.stopKeepingFocusVisible)return;const n=document.documentElement.style,o="bar"===t?"scrollPaddingBottom":"scrollPaddingTop",s=n[o],i=new ResizeObserver(()=>n[o]=`${e.offsetHeight}px`);i.observe(e),this.stopKeepingFocusVisible=()=>{i.disconnect(),n[o]=s}}attachManager(){this.detachManager?.(),this.detachManager=void 0;const e=this.manager;if(!e)return;e.setEventTarget(this);const t=t=>{"preferences"===t&&"preferences"!==this.view&&(this.draft=e.getStartingPoint()),this.bannerBehind="preferences"===t&&("banner"===this.view||this.bannerBehind),this.view=t,this.requestUpdate()};t(e.getView());const n=e.onViewChange(t),o=e.onChange(({source:e})=>{"sync"!==e&&(this.announcement=this.pageLanguage.strings.saved)});this.detachManager=()=>{n(),o(),e.setEventTarget(null)}}decide(e,t){this.manager?.[e](t)}toggle(e){e.required||(this.draft={...this.draft,[e.id]:!this.draft[e.id]})}renderPolicyLink(e){const{policyUrl:t,disclosureUrl:n}=this.manager.config;return F`${t?F`<a part="policy-link" href=${t}>${e.policyLink}</a>`:Y}
    ${n?F`<a part="disclosure-link" href=${n}>${e.disclosureLink}</a>`:Y}`}renderBanner(e,t){const n=this.manager,o=fe(n.config.categories,e,t),s=n.getAskReason(),i="revision"===s?e.revisionNotice:"expired"===s?e.expiredNotice:"",r=n.isGpcActive()&&!n.isDecided()?n.config.categories.filter(e=>e.sellOrShare):[],a="modal"===this.getAttribute("layout"),c=F`
      <section part="banner" class=${a?"banner in-dialog":"banner"} role=${a?Y:"region"} aria-labelledby="banner-title" lang=${t}>
        <div class="banner-body">
          <h2 part="title" id="banner-title">${e.bannerTitle}</h2>
          ${i?F`<p part="reason" class="reason">${i}</p>`:Y}
          <p part="text">${e.bannerText(o)} ${this.renderPolicyLink(e)}</p>
          ${n.canRemember()?Y:F`<p part="storage-notice" class="note">${e.cannotRemember}</p>`}
          ${r.length?F`<p part="gpc-notice" class="note">${e.gpcNotice(fe(r,e,t,!0))}</p>`:Y}
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
    `;return a?F`<dialog part="banner-dialog" class="banner-dialog" aria-labelledby="banner-title" lang=${t} @cancel=${e=>e.preventDefault()}>
          ${c}
        </dialog>`:c}renderFloatingButton(e){const t=this.manager.config.floatingButton;return t&&this.manager.isDecided()?F`
      <button part="floating-button" class="floating ${t}" aria-label=${e.preferencesTitle} title=${e.preferencesTitle}
        @click=${()=>this.manager?.showPreferences()}>
        <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5Zm-3.5 7a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm7 5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm-6 3a1 1 0 1 1 0 2 1 1 0 0 1 0-2Z"/>
        </svg>
      </button>
    `:Y}renderCategory(e,t,n){const{title:o,description:s}=ge(e,t,n),i=he(e.whenOff,n),r=this.manager.config.vendors.filter(t=>t.category===e.id),a=e.required||!0===this.draft[e.id],c=`category-${e.id}`,l=e.required?`${c}-description ${c}-locked`:`${c}-description`;return F`
      <li part="category" class="category">
        <div class="category-head">
          <span class="category-title" id="${c}-title">${o}</span>
          ${Ae({on:a,locked:e.required,categoryId:e.id,strings:t,onToggle:()=>this.toggle(e),labelledBy:`${c}-title`,describedBy:l})}
        </div>
        <p id="${c}-description">${s}</p>
        ${e.required?F`<p id="${c}-locked">${t.serviceLocked}</p>`:Y}
        ${i?F`<p class="when-off">${t.whenOffLabel}${i}</p>`:Y}
        ${r.length?F`<p class="vendors">
              ${t.vendorsLabel}${r.map((e,t)=>F`${t?"ja"===n?"、":", ":""}${e.policyUrl?F`<a href=${e.policyUrl} rel="noopener" target="_blank">${he(e.name,n)}</a>`:he(e.name,n)}`)}
            </p>`:Y}
      </li>
    `}renderPreferences(e,t){const n=this.manager,o=n.getDecision();return F`
      <dialog
        part="preferences"
        aria-labelledby="preferences-title"
        lang=${t}
        @cancel=${this.onDialogCancel}
        @close=${this.onDialogClose}
      >
        <div class="dialog-header">
          <h2 id="preferences-title">${e.preferencesTitle}</h2>
          <button part="button button-close" class="close" aria-label=${e.close} @click=${()=>n.closePreferences()}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <div class="dialog-body">
          <p class="intro">${e.preferencesIntro} ${this.renderPolicyLink(e)}</p>
          <ul class="categories">
            ${n.config.categories.map(n=>this.renderCategory(n,e,t))}
          </ul>
          ${o?F`<p part="consent-id" class="consent-id">
                ${e.consentIdLabel(o.consentId,new Intl.DateTimeFormat(t,{dateStyle:"long",timeStyle:"short"}).format(o.time))}
              </p>`:Y}
        </div>
        <div part="actions" class="actions dialog-footer">
          <button part="button button-accept" class="choice" @click=${()=>this.decide("acceptAll","preferences")}>
            ${e.acceptAll}
          </button>
          <button part="button button-reject" class="choice" @click=${()=>this.decide("rejectAll","preferences")}>
            ${e.rejectAll}
          </button>
          <button part="button button-save" class="save" @click=${()=>n.set(this.draft,"preferences")}>
            ${e.save}
          </button>
        </div>
      </dialog>
    `}renderNotice(e,t){const n=this.manager,o=n.getNotice();if(!o)return Y;let s="",i=Y,r=Y;if("opt-out"===o.type){const a=n.config.categories.find(e=>e.id===o.category),c={none:"",pending:e.optOutPending,sent:e.optOutSent,failed:e.optOutFailed}[o.delivery];s=e.optOutTitle,i=F`
        <p>${"marketing"===a.id?e.optOutMarketing:e.optOutCategory(ge(a,e,t).title)}</p>
        <p>${e.optOutImportant}</p>
        <p part="delivery" class=${"failed"===o.delivery?"delivery failed":"delivery"} role="status">${c}</p>
      `,r=F`
        <button part="button button-undo" class="secondary" @click=${o.undo}>${e.undo}</button>
        <button part="button button-settings" class="secondary" @click=${()=>n.showPreferences()}>${e.openSettings}</button>`}else i="storage-unavailable"===o.type?F`<p>${e.cannotRemember}</p>`:F`<p>${e.policyUpdated} ${this.renderPolicyLink(e)}</p>`;return F`
      <section part="notice" class="banner notice" role="region" aria-labelledby="notice-title" lang=${t}>
        <div class="banner-body">
          <h2 id="notice-title" tabindex="-1">${s||e.bannerTitle}</h2>
          ${i}
        </div>
        <div part="actions" class="actions">
          ${r}
          <button part="button button-close-notice" class="secondary" @click=${()=>n.dismissNotice()}>${e.close}</button>
        </div>
      </section>
    `}render(){if(!this.manager)return Y;const e=this.pageLanguage.language,t=this.pageLanguage.strings,n=this.view;return F`
      ${"notice"===n?this.renderNotice(t,e):Y}
      ${"banner"===n||"preferences"===n&&this.bannerBehind?this.renderBanner(t,e):Y}
      ${"preferences"===n?this.renderPreferences(t,e):Y}
      ${"hidden"===n?this.renderFloatingButton(t):Y}
      <div class="visually-hidden" role="status" aria-live="polite" lang=${e}>${this.announcement}</div>
    `}}async function Pe(t,n=document){!function(t=customElements){t.get(e)||t.define(e,Oe)}(),n.body||await new Promise(e=>n.addEventListener("DOMContentLoaded",e,{once:!0}));const o=Array.from(n.querySelectorAll(e)).find(e=>e.manager===t);if(o)return o;const s=n.createElement(e);s.manager=t;const i=n.body.firstElementChild;return i?.matches('a[href^="#"]')?i.after(s):n.body.prepend(s),s}async function Te(e,t=document){const o=Array.from(t.querySelectorAll(n));if(o.length){(await(import("./consent-banner-ui-consent-disclosure.js"))).defineConsentDisclosure(t.defaultView?.customElements);for(const t of o)t.manager??=e,t.hasAttribute("theme")||t.setAttribute("theme",e.config.theme)}}function Me(e,t="data-consent"){return(e.getAttribute(t)??"").split(/\s+/).filter(Boolean)}function Ue(e,t){const n=Me(e,"data-consent-refused");return!(n.length&&(!t.isDecided()||n.some(e=>t.isGranted(e))))&&Me(e).every(e=>t.isGranted(e))}Oe.styles=Se,Oe.properties={manager:{attribute:!1},view:{state:!0},bannerBehind:{state:!0},draft:{state:!0},announcement:{state:!0}};function Ne(e,n=document){let o,s=!1;const i=new Map;function r(o){const s=n.createElement(t);s.manager=e,s.target=o,s.setAttribute("theme",e.config.theme);const r=o.getAttribute("width")||o.offsetWidth&&`${o.offsetWidth}`,a=o.getAttribute("height")||o.offsetHeight&&`${o.offsetHeight}`;r&&(s.style.width=/^\d+$/.test(r)?`${r}px`:r),a&&(s.style.height=/^\d+$/.test(a)?`${a}px`:a),o.before(s),o.hidden=!0,i.set(o,s)}let a=!1;const c=function(e,t,n){const o=new MutationObserver(e=>{e.some(e=>Array.from(e.addedNodes).some(e=>e.nodeType===Node.ELEMENT_NODE))&&n()});o.observe(e.documentElement,{childList:!0,subtree:!0});const s=t.onChange(n);return e.addEventListener("DOMContentLoaded",n),n(),()=>{o.disconnect(),s(),e.removeEventListener("DOMContentLoaded",n)}}(n,e,function t(){for(const c of Array.from(n.querySelectorAll(":is(iframe,img,video,audio,source,embed)[data-src]:is([data-consent],[data-consent-refused])"))){if("source"===c.localName)continue;const l=Ue(c,e);l||i.has(c)||s?(l||i.has(c)||r(c),l&&i.has(c)&&(i.get(c).remove(),i.delete(c),c.hidden=!1)):o??=import("./consent-banner-ui-consent-placeholder.js").then(e=>{e.defineConsentPlaceholder(n.defaultView?.customElements),s=!0,a||t()}).catch(e=>ue.error(`Could not load the embed placeholder (${e.message}); embeds waiting for consent stay empty.`))}});return()=>{a=!0,c()}}export{Y as A,n as C,we as P,Ee as a,le as b,F as c,ge as d,Me as e,t as f,c as i,he as l,Pe as mountConsentBanner,Te as mountDisclosures,Ne as mountPlaceholders,fe as p,Ae as r,xe as s,Ce as t};
