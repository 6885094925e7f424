const e=globalThis,t=e.ShadowRoot&&(void 0===e.ShadyCSS||e.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,o=Symbol(),i=new WeakMap;let n=class{constructor(e,t,i){if(this._$cssResult$=!0,i!==o)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=t}get styleSheet(){let e=this.o;const o=this.t;if(t&&void 0===e){const t=void 0!==o&&1===o.length;t&&(e=i.get(o)),void 0===e&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),t&&i.set(o,e))}return e}toString(){return this.cssText}};const s=(e,...t)=>{const i=1===e.length?e[0]:t.reduce((t,o,i)=>t+(e=>{if(!0===e._$cssResult$)return e.cssText;if("number"==typeof e)return e;throw Error("Value passed to 'css' function must be a 'css' function result: "+e+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(o)+e[i+1],e[0]);return new n(i,e,o)},r=t?e=>e:e=>e instanceof CSSStyleSheet?(e=>{let t="";for(const o of e.cssRules)t+=o.cssText;return(e=>new n("string"==typeof e?e:e+"",void 0,o))(t)})(e):e,{is:a,defineProperty:c,getOwnPropertyDescriptor:l,getOwnPropertyNames:d,getOwnPropertySymbols:h,getPrototypeOf:p}=Object,u=globalThis,g=u.trustedTypes,f=g?g.emptyScript:"",b=u.reactiveElementPolyfillSupport,m=(e,t)=>e,$={toAttribute(e,t){switch(t){case Boolean:e=e?f:null;break;case Object:case Array:e=null==e?e:JSON.stringify(e)}return e},fromAttribute(e,t){let o=e;switch(t){case Boolean:o=null!==e;break;case Number:o=null===e?null:Number(e);break;case Object:case Array:try{o=JSON.parse(e)}catch(e){o=null}}return o}},v=(e,t)=>!a(e,t),y={attribute:!0,type:String,converter:$,reflect:!1,useDefault:!1,hasChanged:v};Symbol.metadata??=Symbol("metadata"),u.litPropertyMetadata??=new WeakMap;let _=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,t=y){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(e,t),!t.noAccessor){const o=Symbol(),i=this.getPropertyDescriptor(e,o,t);void 0!==i&&c(this.prototype,e,i)}}static getPropertyDescriptor(e,t,o){const{get:i,set:n}=l(this.prototype,e)??{get(){return this[t]},set(e){this[t]=e}};return{get:i,set(t){const s=i?.call(this);n?.call(this,t),this.requestUpdate(e,s,o)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??y}static _$Ei(){if(this.hasOwnProperty(m("elementProperties")))return;const e=p(this);e.finalize(),void 0!==e.l&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(m("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(m("properties"))){const e=this.properties,t=[...d(e),...h(e)];for(const o of t)this.createProperty(o,e[o])}const e=this[Symbol.metadata];if(null!==e){const t=litPropertyMetadata.get(e);if(void 0!==t)for(const[e,o]of t)this.elementProperties.set(e,o)}this._$Eh=new Map;for(const[e,t]of this.elementProperties){const o=this._$Eu(e,t);void 0!==o&&this._$Eh.set(o,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){const t=[];if(Array.isArray(e)){const o=new Set(e.flat(1/0).reverse());for(const e of o)t.unshift(r(e))}else void 0!==e&&t.push(r(e));return t}static _$Eu(e,t){const o=t.attribute;return!1===o?void 0:"string"==typeof o?o:"string"==typeof e?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=new Set).add(e),void 0!==this.renderRoot&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){const e=new Map,t=this.constructor.elementProperties;for(const o of t.keys())this.hasOwnProperty(o)&&(e.set(o,this[o]),delete this[o]);e.size>0&&(this._$Ep=e)}createRenderRoot(){const o=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return((o,i)=>{if(t)o.adoptedStyleSheets=i.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(const t of i){const i=document.createElement("style"),n=e.litNonce;void 0!==n&&i.setAttribute("nonce",n),i.textContent=t.cssText,o.appendChild(i)}})(o,this.constructor.elementStyles),o}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,t,o){this._$AK(e,o)}_$ET(e,t){const o=this.constructor.elementProperties.get(e),i=this.constructor._$Eu(e,o);if(void 0!==i&&!0===o.reflect){const n=(void 0!==o.converter?.toAttribute?o.converter:$).toAttribute(t,o.type);this._$Em=e,null==n?this.removeAttribute(i):this.setAttribute(i,n),this._$Em=null}}_$AK(e,t){const o=this.constructor,i=o._$Eh.get(e);if(void 0!==i&&this._$Em!==i){const e=o.getPropertyOptions(i),n="function"==typeof e.converter?{fromAttribute:e.converter}:void 0!==e.converter?.fromAttribute?e.converter:$;this._$Em=i;const s=n.fromAttribute(t,e.type);this[i]=s??this._$Ej?.get(i)??s,this._$Em=null}}requestUpdate(e,t,o,i=!1,n){if(void 0!==e){const s=this.constructor;if(!1===i&&(n=this[e]),o??=s.getPropertyOptions(e),!((o.hasChanged??v)(n,t)||o.useDefault&&o.reflect&&n===this._$Ej?.get(e)&&!this.hasAttribute(s._$Eu(e,o))))return;this.C(e,t,o)}!1===this.isUpdatePending&&(this._$ES=this._$EP())}C(e,t,{useDefault:o,reflect:i,wrapped:n},s){o&&!(this._$Ej??=new Map).has(e)&&(this._$Ej.set(e,s??t??this[e]),!0!==n||void 0!==s)||(this._$AL.has(e)||(this.hasUpdated||o||(t=void 0),this._$AL.set(e,t)),!0===i&&this._$Em!==e&&(this._$Eq??=new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}const e=this.scheduleUpdate();return null!=e&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(const[e,t]of this._$Ep)this[e]=t;this._$Ep=void 0}const e=this.constructor.elementProperties;if(e.size>0)for(const[t,o]of e){const{wrapped:e}=o,i=this[t];!0!==e||this._$AL.has(t)||void 0===i||this.C(t,void 0,o,i)}}let e=!1;const t=this._$AL;try{e=this.shouldUpdate(t),e?(this.willUpdate(t),this._$EO?.forEach(e=>e.hostUpdate?.()),this.update(t)):this._$EM()}catch(t){throw e=!1,this._$EM(),t}e&&this._$AE(t)}willUpdate(e){}_$AE(e){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(e){}firstUpdated(e){}};_.elementStyles=[],_.shadowRootOptions={mode:"open"},_[m("elementProperties")]=new Map,_[m("finalized")]=new Map,b?.({ReactiveElement:_}),(u.reactiveElementVersions??=[]).push("2.1.2");const x=globalThis,w=e=>e,A=x.trustedTypes,k=A?A.createPolicy("lit-html",{createHTML:e=>e}):void 0,C="$lit$",E=`lit$${Math.random().toFixed(9).slice(2)}$`,S="?"+E,O=`<${S}>`,P=document,T=()=>P.createComment(""),L=e=>null===e||"object"!=typeof e&&"function"!=typeof e,M=Array.isArray,U="[ \t\n\f\r]",N=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,R=/-->/g,j=/>/g,H=RegExp(`>|${U}(?:([^\\s"'>=/]+)(${U}*=${U}*(?:[^ \t\n\f\r"'\`<>=]|("|')|))|$)`,"g"),D=/'/g,z=/"/g,I=/^(?:script|style|textarea|title)$/i,B=(e=>(t,...o)=>({_$litType$:e,strings:t,values:o}))(1),q=Symbol.for("lit-noChange"),W=Symbol.for("lit-nothing"),F=new WeakMap,V=P.createTreeWalker(P,129);function Y(e,t){if(!M(e)||!e.hasOwnProperty("raw"))throw Error("invalid template strings array");return void 0!==k?k.createHTML(t):t}const K=(e,t)=>{const o=e.length-1,i=[];let n,s=2===t?"<svg>":3===t?"<math>":"",r=N;for(let t=0;t<o;t++){const o=e[t];let a,c,l=-1,d=0;for(;d<o.length&&(r.lastIndex=d,c=r.exec(o),null!==c);)d=r.lastIndex,r===N?"!--"===c[1]?r=R:void 0!==c[1]?r=j:void 0!==c[2]?(I.test(c[2])&&(n=RegExp("</"+c[2],"g")),r=H):void 0!==c[3]&&(r=H):r===H?">"===c[0]?(r=n??N,l=-1):void 0===c[1]?l=-2:(l=r.lastIndex-c[2].length,a=c[1],r=void 0===c[3]?H:'"'===c[3]?z:D):r===z||r===D?r=H:r===R||r===j?r=N:(r=H,n=void 0);const h=r===H&&e[t+1].startsWith("/>")?" ":"";s+=r===N?o+O:l>=0?(i.push(a),o.slice(0,l)+C+o.slice(l)+E+h):o+E+(-2===l?t:h)}return[Y(e,s+(e[o]||"<?>")+(2===t?"</svg>":3===t?"</math>":"")),i]};class G{constructor({strings:e,_$litType$:t},o){let i;this.parts=[];let n=0,s=0;const r=e.length-1,a=this.parts,[c,l]=K(e,t);if(this.el=G.createElement(c,o),V.currentNode=this.el.content,2===t||3===t){const e=this.el.content.firstChild;e.replaceWith(...e.childNodes)}for(;null!==(i=V.nextNode())&&a.length<r;){if(1===i.nodeType){if(i.hasAttributes())for(const e of i.getAttributeNames())if(e.endsWith(C)){const t=l[s++],o=i.getAttribute(e).split(E),r=/([.?@])?(.*)/.exec(t);a.push({type:1,index:n,name:r[2],strings:o,ctor:"."===r[1]?ee:"?"===r[1]?te:"@"===r[1]?oe:Q}),i.removeAttribute(e)}else e.startsWith(E)&&(a.push({type:6,index:n}),i.removeAttribute(e));if(I.test(i.tagName)){const e=i.textContent.split(E),t=e.length-1;if(t>0){i.textContent=A?A.emptyScript:"";for(let o=0;o<t;o++)i.append(e[o],T()),V.nextNode(),a.push({type:2,index:++n});i.append(e[t],T())}}}else if(8===i.nodeType)if(i.data===S)a.push({type:2,index:n});else{let e=-1;for(;-1!==(e=i.data.indexOf(E,e+1));)a.push({type:7,index:n}),e+=E.length-1}n++}}static createElement(e,t){const o=P.createElement("template");return o.innerHTML=e,o}}function Z(e,t,o=e,i){if(t===q)return t;let n=void 0!==i?o._$Co?.[i]:o._$Cl;const s=L(t)?void 0:t._$litDirective$;return n?.constructor!==s&&(n?._$AO?.(!1),void 0===s?n=void 0:(n=new s(e),n._$AT(e,o,i)),void 0!==i?(o._$Co??=[])[i]=n:o._$Cl=n),void 0!==n&&(t=Z(e,n._$AS(e,t.values),n,i)),t}class J{constructor(e,t){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){const{el:{content:t},parts:o}=this._$AD,i=(e?.creationScope??P).importNode(t,!0);V.currentNode=i;let n=V.nextNode(),s=0,r=0,a=o[0];for(;void 0!==a;){if(s===a.index){let t;2===a.type?t=new X(n,n.nextSibling,this,e):1===a.type?t=new a.ctor(n,a.name,a.strings,this,e):6===a.type&&(t=new ie(n,this,e)),this._$AV.push(t),a=o[++r]}s!==a?.index&&(n=V.nextNode(),s++)}return V.currentNode=P,i}p(e){let t=0;for(const o of this._$AV)void 0!==o&&(void 0!==o.strings?(o._$AI(e,o,t),t+=o.strings.length-2):o._$AI(e[t])),t++}}class X{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,t,o,i){this.type=2,this._$AH=W,this._$AN=void 0,this._$AA=e,this._$AB=t,this._$AM=o,this.options=i,this._$Cv=i?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode;const t=this._$AM;return void 0!==t&&11===e?.nodeType&&(e=t.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,t=this){e=Z(this,e,t),L(e)?e===W||null==e||""===e?(this._$AH!==W&&this._$AR(),this._$AH=W):e!==this._$AH&&e!==q&&this._(e):void 0!==e._$litType$?this.$(e):void 0!==e.nodeType?this.T(e):(e=>M(e)||"function"==typeof e?.[Symbol.iterator])(e)?this.k(e):this._(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==W&&L(this._$AH)?this._$AA.nextSibling.data=e:this.T(P.createTextNode(e)),this._$AH=e}$(e){const{values:t,_$litType$:o}=e,i="number"==typeof o?this._$AC(e):(void 0===o.el&&(o.el=G.createElement(Y(o.h,o.h[0]),this.options)),o);if(this._$AH?._$AD===i)this._$AH.p(t);else{const e=new J(i,this),o=e.u(this.options);e.p(t),this.T(o),this._$AH=e}}_$AC(e){let t=F.get(e.strings);return void 0===t&&F.set(e.strings,t=new G(e)),t}k(e){M(this._$AH)||(this._$AH=[],this._$AR());const t=this._$AH;let o,i=0;for(const n of e)i===t.length?t.push(o=new X(this.O(T()),this.O(T()),this,this.options)):o=t[i],o._$AI(n),i++;i<t.length&&(this._$AR(o&&o._$AB.nextSibling,i),t.length=i)}_$AR(e=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);e!==this._$AB;){const t=w(e).nextSibling;w(e).remove(),e=t}}setConnected(e){void 0===this._$AM&&(this._$Cv=e,this._$AP?.(e))}}class Q{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,t,o,i,n){this.type=1,this._$AH=W,this._$AN=void 0,this.element=e,this.name=t,this._$AM=i,this.options=n,o.length>2||""!==o[0]||""!==o[1]?(this._$AH=Array(o.length-1).fill(new String),this.strings=o):this._$AH=W}_$AI(e,t=this,o,i){const n=this.strings;let s=!1;if(void 0===n)e=Z(this,e,t,0),s=!L(e)||e!==this._$AH&&e!==q,s&&(this._$AH=e);else{const i=e;let r,a;for(e=n[0],r=0;r<n.length-1;r++)a=Z(this,i[o+r],t,r),a===q&&(a=this._$AH[r]),s||=!L(a)||a!==this._$AH[r],a===W?e=W:e!==W&&(e+=(a??"")+n[r+1]),this._$AH[r]=a}s&&!i&&this.j(e)}j(e){e===W?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??"")}}class ee extends Q{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===W?void 0:e}}class te extends Q{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==W)}}class oe extends Q{constructor(e,t,o,i,n){super(e,t,o,i,n),this.type=5}_$AI(e,t=this){if((e=Z(this,e,t,0)??W)===q)return;const o=this._$AH,i=e===W&&o!==W||e.capture!==o.capture||e.once!==o.once||e.passive!==o.passive,n=e!==W&&(o===W||i);i&&this.element.removeEventListener(this.name,this,o),n&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){"function"==typeof this._$AH?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}}class ie{constructor(e,t,o){this.element=e,this.type=6,this._$AN=void 0,this._$AM=t,this.options=o}get _$AU(){return this._$AM._$AU}_$AI(e){Z(this,e)}}const ne=x.litHtmlPolyfillSupport;ne?.(G,X),(x.litHtmlVersions??=[]).push("3.3.3");const se=globalThis;class re extends _{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){const e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){const t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=((e,t,o)=>{const i=o?.renderBefore??t;let n=i._$litPart$;if(void 0===n){const e=o?.renderBefore??null;i._$litPart$=n=new X(t.insertBefore(T(),e),e,void 0,o??{})}return n._$AI(e),n})(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return q}}re._$litElement$=!0,re.finalized=!0,se.litElementHydrateSupport?.({LitElement:re});const ae=se.litElementPolyfillSupport;function ce(e,t){return void 0===e||"string"==typeof e?e:e[t]??e.en??e.ja??Object.values(e)[0]}ae?.({LitElement:re}),(se.litElementVersions??=[]).push("4.2.2");const le="[consent-banner] ",de={warn:e=>console.warn(le+e),error:e=>console.error(le+e)};function he(e,t,o){const i=t.categories[e.id],n=ce(e.title,o)??i?.title??e.id;return{title:n,purpose:e.title?n:i?.purpose??n,description:ce(e.description,o)??i?.description??""}}function pe(e,t,o,i=!1){const n=e.map(e=>{const n=he(e,t,o);return i&&"ja"===o?`「${n.title}」`:n.purpose});return new Intl.ListFormat(o,{type:"conjunction"}).format(n)}const ue={bannerTitle:"Cookies on this site",bannerText:e=>`We use cookies and similar technologies for ${e}. Apart from those needed to provide the service, we only use them if you agree. You can change or withdraw your consent at any time.`,policyLink:"Privacy policy",acceptAll:"Accept all",rejectAll:"Reject all",customize:"Customize",preferencesTitle:"Cookie settings",preferencesIntro:"Choose, for each purpose, whether we may use cookies and similar technologies. We do not use them for purposes you turn off, though some features may then be unavailable.",save:"Save choices",close:"Close",on:"On",off:"Off",alwaysOn:"Always on",serviceLocked:"These are essential for showing pages, keeping you signed in and keeping the site secure, so they cannot be turned off.",gpcNotice:e=>`Your browser sends a Global Privacy Control signal, so ${e} stays off. You can still turn it on under Customize.`,placeholderText:e=>`This content uses cookies and similar technologies for ${e}. It is shown only with your consent.`,placeholderAllow:"Allow and show",placeholderSettings:"Cookie settings",placeholderDefaultTitle:"External content",revisionNotice:"We have updated our privacy policy. Please review it and make your choice again.",expiredNotice:"It has been a while since your last choice, so we are asking again.",cannotRemember:"Your browser does not accept cookies, so your choice will not be kept once you leave this page, and some features may not work.",disclosureLink:"External transmission policy",whenOffLabel:"When off: ",vendorsLabel:"Sent to: ",consentIdLabel:(e,t)=>`Consent ID: ${e} (saved ${t})`,optOutTitle:"You have been unsubscribed",optOutMarketing:"We will no longer send you advertising or campaign e-mails, and we have stopped using cookies and similar technologies for marketing.",optOutCategory:e=>`You have withdrawn your consent to ${e}.`,optOutImportant:"We will still send you important notices about your orders, contracts and account security.",optOutPending:"Recording your unsubscribe…",optOutSent:"Your unsubscribe has been recorded.",optOutFailed:"We could not record your unsubscribe on our server. Please open the link again later, or contact us.",undo:"Undo",openSettings:"Open cookie settings",policyUpdated:"We have updated our privacy policy. Your settings stay as they were.",disclosureColumns:{recipient:"Recipient",data:"Information sent",purpose:"Purpose",category:"Category",optOut:"Opt out"},disclosureEmpty:"We do not send information to any third party.",saved:"Your choices have been saved.",categories:{service:{title:"Service provision",purpose:"providing the service",description:"Cookies the service needs to work: showing pages, keeping you signed in and your cart, and preventing unauthorised access."},analytics:{title:"Analytics",purpose:"analytics",description:"Help us understand, in aggregate, how pages are visited and used, so that we can improve the service."},marketing:{title:"Marketing",purpose:"marketing",description:"Used to show ads that match your interests, to measure how well ads work, and to tell you about campaigns."}}},ge={bannerTitle:"Cookieの利用について",bannerText:e=>`当サイトでは、${e}のためにCookie等を使用します。サービスの提供に必要なもの以外は、同意いただいた場合にのみ使用します。同意はいつでも変更・撤回できます。`,policyLink:"プライバシーポリシー",acceptAll:"すべて同意する",rejectAll:"すべて拒否する",customize:"設定を選ぶ",preferencesTitle:"Cookie設定",preferencesIntro:"利用目的ごとに、Cookie等の使用を許可するかどうかを選べます。オフにした目的には使用しませんが、一部の機能がご利用いただけなくなる場合があります。",save:"選択した内容を保存",close:"閉じる",on:"オン",off:"オフ",alwaysOn:"常に有効",serviceLocked:"ページの表示やログインの維持、セキュリティの確保に欠かせないため、オフにはできません。",gpcNotice:e=>`ブラウザからグローバル・プライバシー・コントロール（GPC）が送信されているため、${e}はオフにしています。「設定を選ぶ」から個別にオンにできます。`,placeholderText:e=>`このコンテンツは${e}のためにCookie等を使用します。表示するには同意が必要です。`,placeholderAllow:"同意して表示する",placeholderSettings:"Cookie設定",placeholderDefaultTitle:"外部のコンテンツ",revisionNotice:"プライバシーポリシーを改定しました。内容をご確認のうえ、あらためてお選びください。",expiredNotice:"前回の選択から一定の期間が経ったため、あらためて確認しています。",cannotRemember:"このブラウザではCookieが無効になっているため、選んだ内容はこのページを離れると保存されません。一部の機能がご利用いただけない場合があります。",disclosureLink:"外部送信ポリシー",whenOffLabel:"オフにすると：",vendorsLabel:"送信先：",consentIdLabel:(e,t)=>`同意ID：${e}（${t}に保存）`,optOutTitle:"メール配信を停止しました",optOutMarketing:"広告・キャンペーンのメール配信を停止しました。あわせて、広告・マーケティングを目的としたCookie等の利用も停止しました。",optOutCategory:e=>`「${e}」への同意を取り消しました。`,optOutImportant:"ご注文や契約、セキュリティに関する重要なお知らせは、引き続きお送りします。",optOutPending:"配信停止を登録しています…",optOutSent:"配信停止を登録しました。",optOutFailed:"配信停止をサーバーに登録できませんでした。お手数ですが、時間をおいてもう一度リンクを開くか、お問い合わせ窓口までご連絡ください。",undo:"元に戻す",openSettings:"Cookie設定を開く",policyUpdated:"プライバシーポリシーを改定しました。これまでの設定はそのまま引き継がれます。",disclosureColumns:{recipient:"送信先",data:"送信される情報",purpose:"利用目的",category:"カテゴリ",optOut:"オプトアウト"},disclosureEmpty:"外部に送信している情報はありません。",saved:"選択した内容を保存しました。",categories:{service:{title:"サービスの提供",purpose:"サービスの提供",description:"ページの表示、ログイン状態やカートの内容の保持、不正アクセスの防止など、サービスの提供に必要なCookie等です。"},analytics:{title:"アクセス解析",purpose:"アクセス解析",description:"ページの閲覧状況やご利用状況を統計的に把握し、サービスの改善に役立てるためのCookie等です。"},marketing:{title:"広告・マーケティング",purpose:"広告・マーケティング",description:"興味・関心に合わせた広告の表示、広告の効果測定、キャンペーン情報のお知らせに使用するCookie等です。"}}};const fe={bannerText:["purposes"],gpcNotice:["purposes"],placeholderText:["purposes"],optOutCategory:["title"],consentIdLabel:["id","savedAt"]};function be(e,t){return(...o)=>t.reduce((e,t,i)=>e.split(`{${t}}`).join(o[i]),e)}const me=new WeakMap;function $e(e,t={},o){const i="ja"===e?ge:ue;if(!t[e])return i;const n=me.get(t)??new Map;return me.set(t,n),n.has(e)||n.set(e,function(e,t,o,i){const n={...e};for(const[s,r]of Object.entries(o)){const o=e[s];void 0===o||"categories"===s?i?.warn(`texts.${t}.${s} is not a text of the widget; it is ignored. Category texts go in categories.<id>.`):"function"==typeof o&&"string"==typeof r?n[s]=be(r,fe[s]??[]):"string"==typeof o&&"string"==typeof r?n[s]=r:"object"==typeof o&&r&&"object"==typeof r?n[s]={...o,...r}:i?.warn(`texts.${t}.${s} must be a string; it is ignored.`)}return n}(i,e,t[e],o)),n.get(e)}class ve{constructor(e,t){this.host=e,this.config=t,e.addController(this)}get language(){const e=this.config();return function(e,t="ja",o=[]){const i=(e?.trim()||t).toLowerCase();if(i.startsWith("ja"))return"ja";const n=i.split("-")[0];return o.includes(n)?n:"en"}(this.host.getAttribute("lang")||document.documentElement.lang,e?.lang,Object.keys(e?.texts??{}))}get strings(){return $e(this.language,this.config()?.texts,de)}hostConnected(){this.observer=new MutationObserver(()=>this.host.requestUpdate()),this.observer.observe(document.documentElement,{attributes:!0,attributeFilter:["lang"]})}hostDisconnected(){this.observer?.disconnect()}}const ye=s`
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
`;function _e({on:e,locked:t,categoryId:o,strings:i,onToggle:n,labelledBy:s,label:r,describedBy:a}){return B`
    <button
      part="switch"
      role="switch"
      type="button"
      aria-checked=${e?"true":"false"}
      aria-disabled=${t?"true":W}
      aria-labelledby=${s??W}
      aria-label=${r??W}
      aria-describedby=${a??W}
      data-category=${o}
      @click=${n}
    >
      <span class="track"><span class="thumb"></span></span>
      <span class="switch-state" aria-hidden="true">${t?i.alwaysOn:e?i.on:i.off}</span>
    </button>
  `}const xe=s`
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
`,we=s`
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
    ${xe}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${xe}
    }
  }
`,Ae=s`
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
`,ke=[we,ye,s`
  :host {
    all: initial;
  }

  .banner,
  dialog,
  .floating,
  .visually-hidden {
    ${Ae}
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

`];class Ce extends re{constructor(){super(...arguments),this.view="hidden",this.bannerBehind=!1,this.draft={},this.pageLanguage=new ve(this,()=>this.manager?.config),this.returnFocusTo=null,this.announcement="",this.onDialogClose=()=>{"preferences"===this.manager?.getView()&&this.manager.closePreferences()},this.onDialogCancel=e=>{e.preventDefault(),this.manager?.closePreferences()}}connectedCallback(){super.connectedCallback(),this.attachManager()}disconnectedCallback(){super.disconnectedCallback(),this.stopKeepingFocusVisible?.(),this.detachManager?.(),this.detachManager=void 0}firstUpdated(){this.manager||de.error("<consent-banner> has no manager, so it shows nothing. Set element.manager = createConsentManager(config, { storage }), or load dist/consent-banner.js instead.")}willUpdate(e){e.has("manager")&&this.isConnected&&this.attachManager();const t=this.manager?.config;t&&!this.hasAttribute("layout")&&this.setAttribute("layout",t.layout),t&&!this.hasAttribute("theme")&&this.setAttribute("theme",t.theme)}updated(e){this.keepFocusVisible();const t=this.renderRoot.querySelector("dialog.banner-dialog");if(t&&!t.open&&t.showModal(),!e.has("view"))return;"notice"===this.view&&this.renderRoot.querySelector("#notice-title")?.focus();const o=this.renderRoot.querySelector("dialog");if("preferences"===this.view&&o&&!o.open)this.returnFocusTo=function(){let e=document.activeElement;for(;e?.shadowRoot?.activeElement;)e=e.shadowRoot.activeElement;return e}(),o.showModal();else if("preferences"===e.get("view")){const e=this.returnFocusTo;this.returnFocusTo=null,e?.isConnected?e.focus():"banner"===this.view&&this.renderRoot.querySelector(".banner button")?.focus()}}keepFocusVisible(){const e=this.renderRoot.querySelector(".banner:not(.in-dialog)"),t=this.getAttribute("layout");if(!e||"bar"!==t&&"bar-top"!==t)return this.stopKeepingFocusVisible?.(),void(this.stopKeepingFocusVisible=void 0);if(this.stopKeepingFocusVisible)return;const o=document.documentElement.style,i="bar"===t?"scrollPaddingBottom":"scrollPaddingTop",n=o[i],s=new ResizeObserver(()=>o[i]=`${e.offsetHeight}px`);s.observe(e),this.stopKeepingFocusVisible=()=>{s.disconnect(),o[i]=n}}attachManager(){this.detachManager?.(),this.detachManager=void 0;const e=this.manager;if(!e)return;e.setEventTarget(this);const t=t=>{"preferences"===t&&"preferences"!==this.view&&(this.draft=e.getStartingPoint()),this.bannerBehind="preferences"===t&&("banner"===this.view||this.bannerBehind),this.view=t,this.requestUpdate()};t(e.getView());const o=e.onViewChange(t),i=e.onChange(({source:e})=>{"sync"!==e&&(this.announcement=this.pageLanguage.strings.saved)});this.detachManager=()=>{o(),i(),e.setEventTarget(null)}}decide(e,t){this.manager?.[e](t)}toggle(e){e.required||(this.draft={...this.draft,[e.id]:!this.draft[e.id]})}renderPolicyLink(e){const{policyUrl:t,disclosureUrl:o}=this.manager.config;return B`${t?B`<a part="policy-link" href=${t}>${e.policyLink}</a>`:W}
    ${o?B`<a part="disclosure-link" href=${o}>${e.disclosureLink}</a>`:W}`}renderBanner(e,t){const o=this.manager,i=pe(o.config.categories,e,t),n=o.getAskReason(),s="revision"===n?e.revisionNotice:"expired"===n?e.expiredNotice:"",r=o.isGpcActive()&&!o.isDecided()?o.config.categories.filter(e=>e.sellOrShare):[],a="modal"===this.getAttribute("layout"),c=B`
      <section part="banner" class=${a?"banner in-dialog":"banner"} role=${a?W:"region"} aria-labelledby="banner-title" lang=${t}>
        <div class="banner-body">
          <h2 part="title" id="banner-title">${e.bannerTitle}</h2>
          ${s?B`<p part="reason" class="reason">${s}</p>`:W}
          <p part="text">${e.bannerText(i)} ${this.renderPolicyLink(e)}</p>
          ${o.canRemember()?W:B`<p part="storage-notice" class="note">${e.cannotRemember}</p>`}
          ${r.length?B`<p part="gpc-notice" class="note">${e.gpcNotice(pe(r,e,t,!0))}</p>`:W}
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
    `;return a?B`<dialog part="banner-dialog" class="banner-dialog" aria-labelledby="banner-title" lang=${t} @cancel=${e=>e.preventDefault()}>
          ${c}
        </dialog>`:c}renderFloatingButton(e){const t=this.manager.config.floatingButton;return t&&this.manager.isDecided()?B`
      <button part="floating-button" class="floating ${t}" aria-label=${e.preferencesTitle} title=${e.preferencesTitle}
        @click=${()=>this.manager?.showPreferences()}>
        <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5Zm-3.5 7a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm7 5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm-6 3a1 1 0 1 1 0 2 1 1 0 0 1 0-2Z"/>
        </svg>
      </button>
    `:W}renderCategory(e,t,o){const{title:i,description:n}=he(e,t,o),s=ce(e.whenOff,o),r=this.manager.config.vendors.filter(t=>t.category===e.id),a=e.required||!0===this.draft[e.id],c=`category-${e.id}`,l=e.required?`${c}-description ${c}-locked`:`${c}-description`;return B`
      <li part="category" class="category">
        <div class="category-head">
          <span class="category-title" id="${c}-title">${i}</span>
          ${_e({on:a,locked:e.required,categoryId:e.id,strings:t,onToggle:()=>this.toggle(e),labelledBy:`${c}-title`,describedBy:l})}
        </div>
        <p id="${c}-description">${n}</p>
        ${e.required?B`<p id="${c}-locked">${t.serviceLocked}</p>`:W}
        ${s?B`<p class="when-off">${t.whenOffLabel}${s}</p>`:W}
        ${r.length?B`<p class="vendors">
              ${t.vendorsLabel}${r.map((e,t)=>B`${t?"ja"===o?"、":", ":""}${e.policyUrl?B`<a href=${e.policyUrl} rel="noopener" target="_blank">${ce(e.name,o)}</a>`:ce(e.name,o)}`)}
            </p>`:W}
      </li>
    `}renderPreferences(e,t){const o=this.manager,i=o.getDecision();return B`
      <dialog
        part="preferences"
        aria-labelledby="preferences-title"
        lang=${t}
        @cancel=${this.onDialogCancel}
        @close=${this.onDialogClose}
      >
        <div class="dialog-header">
          <h2 id="preferences-title">${e.preferencesTitle}</h2>
          <button part="button button-close" class="close" aria-label=${e.close} @click=${()=>o.closePreferences()}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <div class="dialog-body">
          <p class="intro">${e.preferencesIntro} ${this.renderPolicyLink(e)}</p>
          <ul class="categories">
            ${o.config.categories.map(o=>this.renderCategory(o,e,t))}
          </ul>
          ${i?B`<p part="consent-id" class="consent-id">
                ${e.consentIdLabel(i.consentId,new Intl.DateTimeFormat(t,{dateStyle:"long",timeStyle:"short"}).format(i.time))}
              </p>`:W}
        </div>
        <div part="actions" class="actions dialog-footer">
          <button part="button button-accept" class="choice" @click=${()=>this.decide("acceptAll","preferences")}>
            ${e.acceptAll}
          </button>
          <button part="button button-reject" class="choice" @click=${()=>this.decide("rejectAll","preferences")}>
            ${e.rejectAll}
          </button>
          <button part="button button-save" class="save" @click=${()=>o.set(this.draft,"preferences")}>
            ${e.save}
          </button>
        </div>
      </dialog>
    `}renderNotice(e,t){const o=this.manager,i=o.getNotice();if(!i)return W;let n="",s=W,r=W;if("opt-out"===i.type){const a=o.config.categories.find(e=>e.id===i.category),c={none:"",pending:e.optOutPending,sent:e.optOutSent,failed:e.optOutFailed}[i.delivery];n=e.optOutTitle,s=B`
        <p>${"marketing"===a.id?e.optOutMarketing:e.optOutCategory(he(a,e,t).title)}</p>
        <p>${e.optOutImportant}</p>
        <p part="delivery" class=${"failed"===i.delivery?"delivery failed":"delivery"} role="status">${c}</p>
      `,r=B`
        <button part="button button-undo" class="secondary" @click=${i.undo}>${e.undo}</button>
        <button part="button button-settings" class="secondary" @click=${()=>o.showPreferences()}>${e.openSettings}</button>`}else s="storage-unavailable"===i.type?B`<p>${e.cannotRemember}</p>`:B`<p>${e.policyUpdated} ${this.renderPolicyLink(e)}</p>`;return B`
      <section part="notice" class="banner notice" role="region" aria-labelledby="notice-title" lang=${t}>
        <div class="banner-body">
          <h2 id="notice-title" tabindex="-1">${n||e.bannerTitle}</h2>
          ${s}
        </div>
        <div part="actions" class="actions">
          ${r}
          <button part="button button-close-notice" class="secondary" @click=${()=>o.dismissNotice()}>${e.close}</button>
        </div>
      </section>
    `}render(){if(!this.manager)return W;const e=this.pageLanguage.language,t=this.pageLanguage.strings,o=this.view;return B`
      ${"notice"===o?this.renderNotice(t,e):W}
      ${"banner"===o||"preferences"===o&&this.bannerBehind?this.renderBanner(t,e):W}
      ${"preferences"===o?this.renderPreferences(t,e):W}
      ${"hidden"===o?this.renderFloatingButton(t):W}
      <div class="visually-hidden" role="status" aria-live="polite" lang=${e}>${this.announcement}</div>
    `}}Ce.styles=ke,Ce.properties={manager:{attribute:!1},view:{state:!0},bannerBehind:{state:!0},draft:{state:!0},announcement:{state:!0}};const Ee="consent-banner";const Se=[we,ye,s`
  :host {
    all: initial;
    display: block;
  }

  .wrapper,
  .empty {
    ${Ae}
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

`];class Oe extends re{constructor(){super(...arguments),this.pageLanguage=new ve(this,()=>this.manager?.config)}connectedCallback(){super.connectedCallback(),this.subscribe()}disconnectedCallback(){super.disconnectedCallback(),this.unsubscribe?.()}willUpdate(e){e.has("manager")&&this.subscribe()}subscribe(){this.unsubscribe?.(),this.unsubscribe=this.manager?.onChange(()=>this.requestUpdate())}render(){const e=this.manager;if(!e)return W;const t=this.pageLanguage.language,o=this.pageLanguage.strings,i=o.disclosureColumns,n=e.config.vendors;return n.length?B`
      <div class="wrapper" lang=${t}>
        <table part="table">
          <thead>
            <tr>
              <th scope="col">${i.recipient}</th>
              <th scope="col">${i.data}</th>
              <th scope="col">${i.purpose}</th>
              <th scope="col">${i.category}</th>
              <th scope="col">${i.optOut}</th>
            </tr>
          </thead>
          <tbody>
            ${n.map(i=>{const n=e.config.categories.find(e=>e.id===i.category),s=he(n,o,t).title,r=ce(i.name,t)??i.id,a=e.isGranted(n.id);return B`
                <tr data-vendor=${i.id}>
                  <th scope="row">
                    ${r}${i.policyUrl?B`<br /><a href=${i.policyUrl} rel="noopener" target="_blank">${o.policyLink}</a>`:W}
                  </th>
                  <td>${ce(i.data,t)??""}</td>
                  <td>${ce(i.purpose,t)??""}</td>
                  <td>${s}</td>
                  <td>
                    ${_e({on:a,locked:n.required,categoryId:n.id,strings:o,onToggle:()=>!n.required&&e.set({[n.id]:!a},"preferences"),label:`${s}（${r}）`})}
                  </td>
                </tr>
              `})}
          </tbody>
        </table>
      </div>
    `:B`<p class="empty" lang=${t}>${o.disclosureEmpty}</p>`}}Oe.styles=Se,Oe.properties={manager:{attribute:!1}};const Pe="consent-disclosure";async function Te(e,t=document){!function(e=customElements){e.get(Ee)||e.define(Ee,Ce)}(),t.body||await new Promise(e=>t.addEventListener("DOMContentLoaded",e,{once:!0}));const o=Array.from(t.querySelectorAll(Ee)).find(t=>t.manager===e);if(o)return o;const i=t.createElement(Ee);i.manager=e;const n=t.body.firstElementChild;return n?.matches('a[href^="#"]')?n.after(i):t.body.prepend(i),i}function Le(e,t=document){!function(e=customElements){e.get(Pe)||e.define(Pe,Oe)}();for(const o of Array.from(t.querySelectorAll(Pe)))o.manager??=e,o.hasAttribute("theme")||o.setAttribute("theme",e.config.theme)}function Me(e,t="data-consent"){return(e.getAttribute(t)??"").split(/\s+/).filter(Boolean)}function Ue(e,t){const o=Me(e,"data-consent-refused");return!(o.length&&(!t.isDecided()||o.some(e=>t.isGranted(e))))&&Me(e).every(e=>t.isGranted(e))}const Ne=[we,s`
  :host {
    all: initial;
    display: block;
    box-sizing: border-box;
    max-width: 100%;
  }

  .placeholder {
    ${Ae}
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
`];class Re extends re{constructor(){super(...arguments),this.pageLanguage=new ve(this,()=>this.manager?.config)}get neededCategories(){const e=this.target?[...Me(this.target),...Me(this.target,"data-consent-refused")]:[];return this.manager?.config.categories.filter(t=>e.includes(t.id)&&!t.required)??[]}allow(){const e=this.neededCategories;this.manager?.set(Object.fromEntries(e.map(e=>[e.id,!0])),"placeholder")}render(){if(!this.manager||!this.target)return W;const e=this.pageLanguage.language,t=this.pageLanguage.strings,o=this.target.dataset.consentTitle||this.target.title||t.placeholderDefaultTitle,i=this.neededCategories;return B`
      <div part="placeholder" class="placeholder" role="group" aria-labelledby="title" lang=${e}>
        <p class="title" id="title">${o}</p>
        <p>${t.placeholderText(pe(i,t,e,!0))}</p>
        ${this.target.hasAttribute("data-consent")?B`<button type="button" @click=${this.allow}>${t.placeholderAllow}</button>`:W}
        <a href="#" @click=${e=>(e.preventDefault(),this.manager?.showPreferences())}>${t.placeholderSettings}</a>
      </div>
    `}}Re.styles=Ne,Re.properties={manager:{attribute:!1},target:{attribute:!1}};const je="consent-placeholder";function He(e,t=document){!function(e=customElements){e.get(je)||e.define(je,Re)}();const o=new Map;function i(i){const n=t.createElement(je);n.manager=e,n.target=i,n.setAttribute("theme",e.config.theme);const s=i.getAttribute("width")||i.offsetWidth&&`${i.offsetWidth}`,r=i.getAttribute("height")||i.offsetHeight&&`${i.offsetHeight}`;s&&(n.style.width=/^\d+$/.test(s)?`${s}px`:s),r&&(n.style.height=/^\d+$/.test(r)?`${r}px`:r),i.before(n),i.hidden=!0,o.set(i,n)}return function(e,t,o){const i=new MutationObserver(e=>{e.some(e=>Array.from(e.addedNodes).some(e=>e.nodeType===Node.ELEMENT_NODE))&&o()});i.observe(e.documentElement,{childList:!0,subtree:!0});const n=t.onChange(o);return e.addEventListener("DOMContentLoaded",o),o(),()=>{i.disconnect(),n(),e.removeEventListener("DOMContentLoaded",o)}}(t,e,function(){for(const n of Array.from(t.querySelectorAll(":is(iframe,img,video,audio,source,embed)[data-src]:is([data-consent],[data-consent-refused])"))){if("source"===n.localName)continue;const t=Ue(n,e);t||o.has(n)||i(n),t&&o.has(n)&&(o.get(n).remove(),o.delete(n),n.hidden=!1)}})}export{Te as mountConsentBanner,Le as mountDisclosures,He as mountPlaceholders};
