const e=globalThis,t=e.ShadowRoot&&(void 0===e.ShadyCSS||e.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,s=Symbol(),i=new WeakMap;let n=class{constructor(e,t,i){if(this._$cssResult$=!0,i!==s)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=t}get styleSheet(){let e=this.o;const s=this.t;if(t&&void 0===e){const t=void 0!==s&&1===s.length;t&&(e=i.get(s)),void 0===e&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),t&&i.set(s,e))}return e}toString(){return this.cssText}};const o=(e,...t)=>{const i=1===e.length?e[0]:t.reduce((t,s,i)=>t+(e=>{if(!0===e._$cssResult$)return e.cssText;if("number"==typeof e)return e;throw Error("Value passed to 'css' function must be a 'css' function result: "+e+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(s)+e[i+1],e[0]);return new n(i,e,s)},r=t?e=>e:e=>e instanceof CSSStyleSheet?(e=>{let t="";for(const s of e.cssRules)t+=s.cssText;return(e=>new n("string"==typeof e?e:e+"",void 0,s))(t)})(e):e,{is:a,defineProperty:c,getOwnPropertyDescriptor:l,getOwnPropertyNames:d,getOwnPropertySymbols:h,getPrototypeOf:p}=Object,u=globalThis,g=u.trustedTypes,f=g?g.emptyScript:"",b=u.reactiveElementPolyfillSupport,$=(e,t)=>e,m={toAttribute(e,t){switch(t){case Boolean:e=e?f:null;break;case Object:case Array:e=null==e?e:JSON.stringify(e)}return e},fromAttribute(e,t){let s=e;switch(t){case Boolean:s=null!==e;break;case Number:s=null===e?null:Number(e);break;case Object:case Array:try{s=JSON.parse(e)}catch(e){s=null}}return s}},v=(e,t)=>!a(e,t),y={attribute:!0,type:String,converter:m,reflect:!1,useDefault:!1,hasChanged:v};Symbol.metadata??=Symbol("metadata"),u.litPropertyMetadata??=new WeakMap;let _=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,t=y){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(e,t),!t.noAccessor){const s=Symbol(),i=this.getPropertyDescriptor(e,s,t);void 0!==i&&c(this.prototype,e,i)}}static getPropertyDescriptor(e,t,s){const{get:i,set:n}=l(this.prototype,e)??{get(){return this[t]},set(e){this[t]=e}};return{get:i,set(t){const o=i?.call(this);n?.call(this,t),this.requestUpdate(e,o,s)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??y}static _$Ei(){if(this.hasOwnProperty($("elementProperties")))return;const e=p(this);e.finalize(),void 0!==e.l&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty($("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty($("properties"))){const e=this.properties,t=[...d(e),...h(e)];for(const s of t)this.createProperty(s,e[s])}const e=this[Symbol.metadata];if(null!==e){const t=litPropertyMetadata.get(e);if(void 0!==t)for(const[e,s]of t)this.elementProperties.set(e,s)}this._$Eh=new Map;for(const[e,t]of this.elementProperties){const s=this._$Eu(e,t);void 0!==s&&this._$Eh.set(s,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){const t=[];if(Array.isArray(e)){const s=new Set(e.flat(1/0).reverse());for(const e of s)t.unshift(r(e))}else void 0!==e&&t.push(r(e));return t}static _$Eu(e,t){const s=t.attribute;return!1===s?void 0:"string"==typeof s?s:"string"==typeof e?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=new Set).add(e),void 0!==this.renderRoot&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){const e=new Map,t=this.constructor.elementProperties;for(const s of t.keys())this.hasOwnProperty(s)&&(e.set(s,this[s]),delete this[s]);e.size>0&&(this._$Ep=e)}createRenderRoot(){const s=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return((s,i)=>{if(t)s.adoptedStyleSheets=i.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(const t of i){const i=document.createElement("style"),n=e.litNonce;void 0!==n&&i.setAttribute("nonce",n),i.textContent=t.cssText,s.appendChild(i)}})(s,this.constructor.elementStyles),s}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,t,s){this._$AK(e,s)}_$ET(e,t){const s=this.constructor.elementProperties.get(e),i=this.constructor._$Eu(e,s);if(void 0!==i&&!0===s.reflect){const n=(void 0!==s.converter?.toAttribute?s.converter:m).toAttribute(t,s.type);this._$Em=e,null==n?this.removeAttribute(i):this.setAttribute(i,n),this._$Em=null}}_$AK(e,t){const s=this.constructor,i=s._$Eh.get(e);if(void 0!==i&&this._$Em!==i){const e=s.getPropertyOptions(i),n="function"==typeof e.converter?{fromAttribute:e.converter}:void 0!==e.converter?.fromAttribute?e.converter:m;this._$Em=i;const o=n.fromAttribute(t,e.type);this[i]=o??this._$Ej?.get(i)??o,this._$Em=null}}requestUpdate(e,t,s,i=!1,n){if(void 0!==e){const o=this.constructor;if(!1===i&&(n=this[e]),s??=o.getPropertyOptions(e),!((s.hasChanged??v)(n,t)||s.useDefault&&s.reflect&&n===this._$Ej?.get(e)&&!this.hasAttribute(o._$Eu(e,s))))return;this.C(e,t,s)}!1===this.isUpdatePending&&(this._$ES=this._$EP())}C(e,t,{useDefault:s,reflect:i,wrapped:n},o){s&&!(this._$Ej??=new Map).has(e)&&(this._$Ej.set(e,o??t??this[e]),!0!==n||void 0!==o)||(this._$AL.has(e)||(this.hasUpdated||s||(t=void 0),this._$AL.set(e,t)),!0===i&&this._$Em!==e&&(this._$Eq??=new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}const e=this.scheduleUpdate();return null!=e&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(const[e,t]of this._$Ep)this[e]=t;this._$Ep=void 0}const e=this.constructor.elementProperties;if(e.size>0)for(const[t,s]of e){const{wrapped:e}=s,i=this[t];!0!==e||this._$AL.has(t)||void 0===i||this.C(t,void 0,s,i)}}let e=!1;const t=this._$AL;try{e=this.shouldUpdate(t),e?(this.willUpdate(t),this._$EO?.forEach(e=>e.hostUpdate?.()),this.update(t)):this._$EM()}catch(t){throw e=!1,this._$EM(),t}e&&this._$AE(t)}willUpdate(e){}_$AE(e){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(e){}firstUpdated(e){}};_.elementStyles=[],_.shadowRootOptions={mode:"open"},_[$("elementProperties")]=new Map,_[$("finalized")]=new Map,b?.({ReactiveElement:_}),(u.reactiveElementVersions??=[]).push("2.1.2");const w=globalThis,x=e=>e,A=w.trustedTypes,k=A?A.createPolicy("lit-html",{createHTML:e=>e}):void 0,C="$lit$",E=`lit$${Math.random().toFixed(9).slice(2)}$`,S="?"+E,O=`<${S}>`,P=document,T=()=>P.createComment(""),U=e=>null===e||"object"!=typeof e&&"function"!=typeof e,L=Array.isArray,M="[ \t\n\f\r]",N=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,R=/-->/g,H=/>/g,j=RegExp(`>|${M}(?:([^\\s"'>=/]+)(${M}*=${M}*(?:[^ \t\n\f\r"'\`<>=]|("|')|))|$)`,"g"),z=/'/g,D=/"/g,I=/^(?:script|style|textarea|title)$/i,q=(e=>(t,...s)=>({_$litType$:e,strings:t,values:s}))(1),B=Symbol.for("lit-noChange"),W=Symbol.for("lit-nothing"),F=new WeakMap,V=P.createTreeWalker(P,129);function Y(e,t){if(!L(e)||!e.hasOwnProperty("raw"))throw Error("invalid template strings array");return void 0!==k?k.createHTML(t):t}const G=(e,t)=>{const s=e.length-1,i=[];let n,o=2===t?"<svg>":3===t?"<math>":"",r=N;for(let t=0;t<s;t++){const s=e[t];let a,c,l=-1,d=0;for(;d<s.length&&(r.lastIndex=d,c=r.exec(s),null!==c);)d=r.lastIndex,r===N?"!--"===c[1]?r=R:void 0!==c[1]?r=H:void 0!==c[2]?(I.test(c[2])&&(n=RegExp("</"+c[2],"g")),r=j):void 0!==c[3]&&(r=j):r===j?">"===c[0]?(r=n??N,l=-1):void 0===c[1]?l=-2:(l=r.lastIndex-c[2].length,a=c[1],r=void 0===c[3]?j:'"'===c[3]?D:z):r===D||r===z?r=j:r===R||r===H?r=N:(r=j,n=void 0);const h=r===j&&e[t+1].startsWith("/>")?" ":"";o+=r===N?s+O:l>=0?(i.push(a),s.slice(0,l)+C+s.slice(l)+E+h):s+E+(-2===l?t:h)}return[Y(e,o+(e[s]||"<?>")+(2===t?"</svg>":3===t?"</math>":"")),i]};class J{constructor({strings:e,_$litType$:t},s){let i;this.parts=[];let n=0,o=0;const r=e.length-1,a=this.parts,[c,l]=G(e,t);if(this.el=J.createElement(c,s),V.currentNode=this.el.content,2===t||3===t){const e=this.el.content.firstChild;e.replaceWith(...e.childNodes)}for(;null!==(i=V.nextNode())&&a.length<r;){if(1===i.nodeType){if(i.hasAttributes())for(const e of i.getAttributeNames())if(e.endsWith(C)){const t=l[o++],s=i.getAttribute(e).split(E),r=/([.?@])?(.*)/.exec(t);a.push({type:1,index:n,name:r[2],strings:s,ctor:"."===r[1]?ee:"?"===r[1]?te:"@"===r[1]?se:Q}),i.removeAttribute(e)}else e.startsWith(E)&&(a.push({type:6,index:n}),i.removeAttribute(e));if(I.test(i.tagName)){const e=i.textContent.split(E),t=e.length-1;if(t>0){i.textContent=A?A.emptyScript:"";for(let s=0;s<t;s++)i.append(e[s],T()),V.nextNode(),a.push({type:2,index:++n});i.append(e[t],T())}}}else if(8===i.nodeType)if(i.data===S)a.push({type:2,index:n});else{let e=-1;for(;-1!==(e=i.data.indexOf(E,e+1));)a.push({type:7,index:n}),e+=E.length-1}n++}}static createElement(e,t){const s=P.createElement("template");return s.innerHTML=e,s}}function K(e,t,s=e,i){if(t===B)return t;let n=void 0!==i?s._$Co?.[i]:s._$Cl;const o=U(t)?void 0:t._$litDirective$;return n?.constructor!==o&&(n?._$AO?.(!1),void 0===o?n=void 0:(n=new o(e),n._$AT(e,s,i)),void 0!==i?(s._$Co??=[])[i]=n:s._$Cl=n),void 0!==n&&(t=K(e,n._$AS(e,t.values),n,i)),t}class X{constructor(e,t){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){const{el:{content:t},parts:s}=this._$AD,i=(e?.creationScope??P).importNode(t,!0);V.currentNode=i;let n=V.nextNode(),o=0,r=0,a=s[0];for(;void 0!==a;){if(o===a.index){let t;2===a.type?t=new Z(n,n.nextSibling,this,e):1===a.type?t=new a.ctor(n,a.name,a.strings,this,e):6===a.type&&(t=new ie(n,this,e)),this._$AV.push(t),a=s[++r]}o!==a?.index&&(n=V.nextNode(),o++)}return V.currentNode=P,i}p(e){let t=0;for(const s of this._$AV)void 0!==s&&(void 0!==s.strings?(s._$AI(e,s,t),t+=s.strings.length-2):s._$AI(e[t])),t++}}class Z{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,t,s,i){this.type=2,this._$AH=W,this._$AN=void 0,this._$AA=e,this._$AB=t,this._$AM=s,this.options=i,this._$Cv=i?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode;const t=this._$AM;return void 0!==t&&11===e?.nodeType&&(e=t.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,t=this){e=K(this,e,t),U(e)?e===W||null==e||""===e?(this._$AH!==W&&this._$AR(),this._$AH=W):e!==this._$AH&&e!==B&&this._(e):void 0!==e._$litType$?this.$(e):void 0!==e.nodeType?this.T(e):(e=>L(e)||"function"==typeof e?.[Symbol.iterator])(e)?this.k(e):this._(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==W&&U(this._$AH)?this._$AA.nextSibling.data=e:this.T(P.createTextNode(e)),this._$AH=e}$(e){const{values:t,_$litType$:s}=e,i="number"==typeof s?this._$AC(e):(void 0===s.el&&(s.el=J.createElement(Y(s.h,s.h[0]),this.options)),s);if(this._$AH?._$AD===i)this._$AH.p(t);else{const e=new X(i,this),s=e.u(this.options);e.p(t),this.T(s),this._$AH=e}}_$AC(e){let t=F.get(e.strings);return void 0===t&&F.set(e.strings,t=new J(e)),t}k(e){L(this._$AH)||(this._$AH=[],this._$AR());const t=this._$AH;let s,i=0;for(const n of e)i===t.length?t.push(s=new Z(this.O(T()),this.O(T()),this,this.options)):s=t[i],s._$AI(n),i++;i<t.length&&(this._$AR(s&&s._$AB.nextSibling,i),t.length=i)}_$AR(e=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);e!==this._$AB;){const t=x(e).nextSibling;x(e).remove(),e=t}}setConnected(e){void 0===this._$AM&&(this._$Cv=e,this._$AP?.(e))}}class Q{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,t,s,i,n){this.type=1,this._$AH=W,this._$AN=void 0,this.element=e,this.name=t,this._$AM=i,this.options=n,s.length>2||""!==s[0]||""!==s[1]?(this._$AH=Array(s.length-1).fill(new String),this.strings=s):this._$AH=W}_$AI(e,t=this,s,i){const n=this.strings;let o=!1;if(void 0===n)e=K(this,e,t,0),o=!U(e)||e!==this._$AH&&e!==B,o&&(this._$AH=e);else{const i=e;let r,a;for(e=n[0],r=0;r<n.length-1;r++)a=K(this,i[s+r],t,r),a===B&&(a=this._$AH[r]),o||=!U(a)||a!==this._$AH[r],a===W?e=W:e!==W&&(e+=(a??"")+n[r+1]),this._$AH[r]=a}o&&!i&&this.j(e)}j(e){e===W?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??"")}}class ee extends Q{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===W?void 0:e}}class te extends Q{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==W)}}class se extends Q{constructor(e,t,s,i,n){super(e,t,s,i,n),this.type=5}_$AI(e,t=this){if((e=K(this,e,t,0)??W)===B)return;const s=this._$AH,i=e===W&&s!==W||e.capture!==s.capture||e.once!==s.once||e.passive!==s.passive,n=e!==W&&(s===W||i);i&&this.element.removeEventListener(this.name,this,s),n&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){"function"==typeof this._$AH?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}}class ie{constructor(e,t,s){this.element=e,this.type=6,this._$AN=void 0,this._$AM=t,this.options=s}get _$AU(){return this._$AM._$AU}_$AI(e){K(this,e)}}const ne=w.litHtmlPolyfillSupport;ne?.(J,Z),(w.litHtmlVersions??=[]).push("3.3.3");const oe=globalThis;class re extends _{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){const e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){const t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=((e,t,s)=>{const i=s?.renderBefore??t;let n=i._$litPart$;if(void 0===n){const e=s?.renderBefore??null;i._$litPart$=n=new Z(t.insertBefore(T(),e),e,void 0,s??{})}return n._$AI(e),n})(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return B}}re._$litElement$=!0,re.finalized=!0,oe.litElementHydrateSupport?.({LitElement:re});const ae=oe.litElementPolyfillSupport;function ce(e,t){return void 0===e||"string"==typeof e?e:e[t]??e.en??e.ja??Object.values(e)[0]}ae?.({LitElement:re}),(oe.litElementVersions??=[]).push("4.2.2");const le="[consent-banner] ",de=e=>console.error(le+e);const he={ja:{bannerTitle:"Cookieの利用について",bannerText:e=>`当サイトでは、${e}のためにCookie等を使用します。サービスの提供に必要なもの以外は、同意いただいた場合にのみ使用します。同意はいつでも変更・撤回できます。`,policyLink:"プライバシーポリシー",acceptAll:"すべて同意する",rejectAll:"すべて拒否する",customize:"設定を選ぶ",preferencesTitle:"Cookie設定",preferencesIntro:"利用目的ごとに、Cookie等の使用を許可するかどうかを選べます。オフにした目的には使用しませんが、一部の機能がご利用いただけなくなる場合があります。",save:"選択した内容を保存",close:"閉じる",on:"オン",off:"オフ",alwaysOn:"常に有効",serviceLocked:"ページの表示やログインの維持、セキュリティの確保に欠かせないため、オフにはできません。",gpcNotice:e=>`ブラウザからグローバル・プライバシー・コントロール（GPC）が送信されているため、${e}はオフにしています。「設定を選ぶ」から個別にオンにできます。`,placeholderText:e=>`このコンテンツは${e}のためにCookie等を使用します。表示するには同意が必要です。`,placeholderAllow:"同意して表示する",placeholderSettings:"Cookie設定",placeholderDefaultTitle:"外部のコンテンツ",revisionNotice:"プライバシーポリシーを改定しました。内容をご確認のうえ、あらためてお選びください。",expiredNotice:"前回の選択から一定の期間が経ったため、あらためて確認しています。",cannotRemember:"このブラウザではCookieが無効になっているため、選んだ内容はこのページを離れると保存されません。一部の機能がご利用いただけない場合があります。",disclosureLink:"外部送信ポリシー",whenOffLabel:"オフにすると：",vendorsLabel:"送信先：",consentIdLabel:(e,t)=>`同意ID：${e}（${t}に保存）`,optOutTitle:"メール配信を停止しました",optOutMarketing:"広告・キャンペーンのメール配信を停止しました。あわせて、広告・マーケティングを目的としたCookie等の利用も停止しました。",optOutCategory:e=>`「${e}」への同意を取り消しました。`,optOutImportant:"ご注文や契約、セキュリティに関する重要なお知らせは、引き続きお送りします。",optOutPending:"配信停止を登録しています…",optOutSent:"配信停止を登録しました。",optOutFailed:"配信停止をサーバーに登録できませんでした。お手数ですが、時間をおいてもう一度リンクを開くか、お問い合わせ窓口までご連絡ください。",undo:"元に戻す",openSettings:"Cookie設定を開く",policyUpdated:"プライバシーポリシーを改定しました。これまでの設定はそのまま引き継がれます。",disclosureColumns:{recipient:"送信先",data:"送信される情報",purpose:"利用目的",category:"カテゴリ",optOut:"オプトアウト"},disclosureEmpty:"外部に送信している情報はありません。",categories:{service:{title:"サービスの提供",purpose:"サービスの提供",description:"ページの表示、ログイン状態やカートの内容の保持、不正アクセスの防止など、サービスの提供に必要なCookie等です。"},analytics:{title:"アクセス解析",purpose:"アクセス解析",description:"ページの閲覧状況やご利用状況を統計的に把握し、サービスの改善に役立てるためのCookie等です。"},marketing:{title:"広告・マーケティング",purpose:"広告・マーケティング",description:"興味・関心に合わせた広告の表示、広告の効果測定、キャンペーン情報のお知らせに使用するCookie等です。"}}},en:{bannerTitle:"Cookies on this site",bannerText:e=>`We use cookies and similar technologies for ${e}. Apart from those needed to provide the service, we only use them if you agree. You can change or withdraw your consent at any time.`,policyLink:"Privacy policy",acceptAll:"Accept all",rejectAll:"Reject all",customize:"Customize",preferencesTitle:"Cookie settings",preferencesIntro:"Choose, for each purpose, whether we may use cookies and similar technologies. We do not use them for purposes you turn off, though some features may then be unavailable.",save:"Save choices",close:"Close",on:"On",off:"Off",alwaysOn:"Always on",serviceLocked:"These are essential for showing pages, keeping you signed in and keeping the site secure, so they cannot be turned off.",gpcNotice:e=>`Your browser sends a Global Privacy Control signal, so ${e} stays off. You can still turn it on under Customize.`,placeholderText:e=>`This content uses cookies and similar technologies for ${e}. It is shown only with your consent.`,placeholderAllow:"Allow and show",placeholderSettings:"Cookie settings",placeholderDefaultTitle:"External content",revisionNotice:"We have updated our privacy policy. Please review it and make your choice again.",expiredNotice:"It has been a while since your last choice, so we are asking again.",cannotRemember:"Your browser does not accept cookies, so your choice will not be kept once you leave this page, and some features may not work.",disclosureLink:"External transmission policy",whenOffLabel:"When off: ",vendorsLabel:"Sent to: ",consentIdLabel:(e,t)=>`Consent ID: ${e} (saved ${t})`,optOutTitle:"You have been unsubscribed",optOutMarketing:"We will no longer send you advertising or campaign e-mails, and we have stopped using cookies and similar technologies for marketing.",optOutCategory:e=>`You have withdrawn your consent to ${e}.`,optOutImportant:"We will still send you important notices about your orders, contracts and account security.",optOutPending:"Recording your unsubscribe…",optOutSent:"Your unsubscribe has been recorded.",optOutFailed:"We could not record your unsubscribe on our server. Please open the link again later, or contact us.",undo:"Undo",openSettings:"Open cookie settings",policyUpdated:"We have updated our privacy policy. Your settings stay as they were.",disclosureColumns:{recipient:"Recipient",data:"Information sent",purpose:"Purpose",category:"Category",optOut:"Opt out"},disclosureEmpty:"We do not send information to any third party.",categories:{service:{title:"Service provision",purpose:"providing the service",description:"Cookies the service needs to work: showing pages, keeping you signed in and your cart, and preventing unauthorised access."},analytics:{title:"Analytics",purpose:"analytics",description:"Help us understand, in aggregate, how pages are visited and used, so that we can improve the service."},marketing:{title:"Marketing",purpose:"marketing",description:"Used to show ads that match your interests, to measure how well ads work, and to tell you about campaigns."}}}};function pe(e){return he[e]}function ue(e,t,s){const i=t.categories[e.id],n=ce(e.title,s)??i?.title??e.id;return{title:n,purpose:e.title?n:i?.purpose??n,description:ce(e.description,s)??i?.description??""}}function ge(e,t,s,i=!1){const n=e.map(e=>{const n=ue(e,t,s);return i&&"ja"===s?`「${n.title}」`:n.purpose});return new Intl.ListFormat(s,{type:"conjunction"}).format(n)}class fe{constructor(e,t){this.host=e,this.configLang=t,e.addController(this)}get language(){return function(e,t="ja"){return(e?.trim().toLowerCase()||t.toLowerCase()).startsWith("ja")?"ja":"en"}(this.host.getAttribute("lang")||document.documentElement.lang,this.configLang())}hostConnected(){this.observer=new MutationObserver(()=>this.host.requestUpdate()),this.observer.observe(document.documentElement,{attributes:!0,attributeFilter:["lang"]})}hostDisconnected(){this.observer?.disconnect()}}const be=o`
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

  .note,
  .reason {
    margin-top: 6px;
    font-size: 14px;
  }

  .reason {
    font-weight: 700;
  }

  .banner a + a {
    margin-inline-start: 12px;
  }

  .notice p + p {
    margin-top: 4px;
  }

  .delivery:empty {
    display: none;
  }

  .delivery.failed {
    color: var(--consent-error, #b3261e);
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
`;class $e extends re{constructor(){super(...arguments),this.view="hidden",this.bannerBehind=!1,this.draft={},this.pageLanguage=new fe(this,()=>this.manager?.config.lang),this.returnFocusTo=null,this.onDialogClose=()=>{"preferences"===this.manager?.getView()&&this.manager.closePreferences()},this.onDialogCancel=e=>{e.preventDefault(),this.manager?.closePreferences()}}connectedCallback(){super.connectedCallback(),this.attachManager()}disconnectedCallback(){super.disconnectedCallback(),this.detachManager?.(),this.detachManager=void 0}firstUpdated(){this.manager||de("<consent-banner> has no manager, so it shows nothing. Set element.manager = createConsentManager(config, { storage }), or load dist/consent-banner.js instead.")}willUpdate(e){e.has("manager")&&this.isConnected&&this.attachManager()}updated(e){if(!e.has("view"))return;"notice"===this.view&&this.renderRoot.querySelector("#notice-title")?.focus();const t=this.renderRoot.querySelector("dialog");if("preferences"===this.view&&t&&!t.open)this.returnFocusTo=function(){let e=document.activeElement;for(;e?.shadowRoot?.activeElement;)e=e.shadowRoot.activeElement;return e}(),t.showModal();else if("preferences"===e.get("view")){const e=this.returnFocusTo;this.returnFocusTo=null,e?.isConnected?e.focus():"banner"===this.view&&this.renderRoot.querySelector(".banner button")?.focus()}}attachManager(){this.detachManager?.(),this.detachManager=void 0;const e=this.manager;if(!e)return;e.setEventTarget(this);const t=t=>{"preferences"===t&&"preferences"!==this.view&&(this.draft=e.getStartingPoint()),this.bannerBehind="preferences"===t&&("banner"===this.view||this.bannerBehind),this.view=t,this.requestUpdate()};t(e.getView());const s=e.onViewChange(t);this.detachManager=()=>{s(),e.setEventTarget(null)}}decide(e,t){this.manager?.[e](t)}toggle(e){e.required||(this.draft={...this.draft,[e.id]:!this.draft[e.id]})}renderPolicyLink(e){const{policyUrl:t,disclosureUrl:s}=this.manager.config;return q`${t?q`<a part="policy-link" href=${t}>${e.policyLink}</a>`:W}
    ${s?q`<a part="disclosure-link" href=${s}>${e.disclosureLink}</a>`:W}`}renderBanner(e,t){const s=this.manager,i=ge(s.config.categories,e,t),n=s.getAskReason(),o="revision"===n?e.revisionNotice:"expired"===n?e.expiredNotice:"",r=s.isGpcActive()&&!s.isDecided()?s.config.categories.filter(e=>e.sellOrShare):[];return q`
      <section part="banner" class="banner" role="region" aria-labelledby="banner-title" lang=${t}>
        <div class="banner-body">
          <h2 part="title" id="banner-title">${e.bannerTitle}</h2>
          ${o?q`<p part="reason" class="reason">${o}</p>`:W}
          <p part="text">${e.bannerText(i)} ${this.renderPolicyLink(e)}</p>
          ${s.canRemember()?W:q`<p part="storage-notice" class="note">${e.cannotRemember}</p>`}
          ${r.length?q`<p part="gpc-notice" class="note">${e.gpcNotice(ge(r,e,t,!0))}</p>`:W}
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
    `}renderCategory(e,t,s){const{title:i,description:n}=ue(e,t,s),o=ce(e.whenOff,s),r=this.manager.config.vendors.filter(t=>t.category===e.id),a=e.required||!0===this.draft[e.id],c=`category-${e.id}`,l=e.required?`${c}-description ${c}-locked`:`${c}-description`;return q`
      <li part="category" class="category">
        <div class="category-head">
          <span class="category-title" id="${c}-title">${i}</span>
          <button
            part="switch"
            role="switch"
            type="button"
            aria-checked=${a?"true":"false"}
            aria-disabled=${e.required?"true":W}
            aria-labelledby="${c}-title"
            aria-describedby=${l}
            data-category=${e.id}
            @click=${()=>this.toggle(e)}
          >
            <span class="track"><span class="thumb"></span></span>
            <span class="switch-state" aria-hidden="true">
              ${e.required?t.alwaysOn:a?t.on:t.off}
            </span>
          </button>
        </div>
        <p id="${c}-description">${n}</p>
        ${e.required?q`<p id="${c}-locked">${t.serviceLocked}</p>`:W}
        ${o?q`<p class="when-off">${t.whenOffLabel}${o}</p>`:W}
        ${r.length?q`<p class="vendors">
              ${t.vendorsLabel}${r.map((e,t)=>q`${t?"ja"===s?"、":", ":""}${e.policyUrl?q`<a href=${e.policyUrl} rel="noopener" target="_blank">${ce(e.name,s)}</a>`:ce(e.name,s)}`)}
            </p>`:W}
      </li>
    `}renderPreferences(e,t){const s=this.manager,i=s.getDecision();return q`
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
          ${i?q`<p part="consent-id" class="consent-id">
                ${e.consentIdLabel(i.consentId,new Intl.DateTimeFormat(t,{dateStyle:"long",timeStyle:"short"}).format(i.time))}
              </p>`:W}
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
    `}renderNotice(e,t){const s=this.manager,i=s.getNotice();if(!i)return W;let n="",o=W,r=W;if("opt-out"===i.type){const a=s.config.categories.find(e=>e.id===i.category),c={none:"",pending:e.optOutPending,sent:e.optOutSent,failed:e.optOutFailed}[i.delivery];n=e.optOutTitle,o=q`
        <p>${"marketing"===a.id?e.optOutMarketing:e.optOutCategory(ue(a,e,t).title)}</p>
        <p>${e.optOutImportant}</p>
        <p part="delivery" class=${"failed"===i.delivery?"delivery failed":"delivery"} role="status">${c}</p>
      `,r=q`
        <button part="button button-undo" class="secondary" @click=${i.undo}>${e.undo}</button>
        <button part="button button-settings" class="secondary" @click=${()=>s.showPreferences()}>${e.openSettings}</button>`}else o="storage-unavailable"===i.type?q`<p>${e.cannotRemember}</p>`:q`<p>${e.policyUpdated} ${this.renderPolicyLink(e)}</p>`;return q`
      <section part="notice" class="banner notice" role="region" aria-labelledby="notice-title" lang=${t}>
        <div class="banner-body">
          <h2 id="notice-title" tabindex="-1">${n||e.bannerTitle}</h2>
          ${o}
        </div>
        <div part="actions" class="actions">
          ${r}
          <button part="button button-close-notice" class="secondary" @click=${()=>s.dismissNotice()}>${e.close}</button>
        </div>
      </section>
    `}render(){if(!this.manager||"hidden"===this.view)return W;const e=this.pageLanguage.language,t=pe(e);return"notice"===this.view?this.renderNotice(t,e):q`${"banner"===this.view||this.bannerBehind?this.renderBanner(t,e):W}
    ${"preferences"===this.view?this.renderPreferences(t,e):W}`}}$e.styles=be,$e.properties={manager:{attribute:!1},view:{state:!0},bannerBehind:{state:!0},draft:{state:!0}};const me="consent-banner";const ve=o`
  :host {
    all: initial;
    display: block;
    font-family: var(--consent-font, system-ui, -apple-system, 'Hiragino Sans', 'Noto Sans JP', Meiryo, sans-serif);
    font-size: 15px;
    line-height: 1.6;
    color: var(--consent-fg, #1b1f24);
  }

  .wrapper {
    overflow-x: auto;
  }

  table {
    width: 100%;
    border-collapse: collapse;
    background: var(--consent-bg, #ffffff);
  }

  th,
  td {
    padding: 10px 12px;
    border: 1px solid var(--consent-border, #c9ced6);
    text-align: start;
    vertical-align: top;
  }

  thead th {
    background: var(--consent-header-bg, #eef0f3);
    white-space: nowrap;
  }

  a {
    color: var(--consent-accent, #0a58c2);
  }

  [role='switch'] {
    display: inline-flex;
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
    background: var(--consent-switch-off, #6b7280);
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
    background: var(--consent-accent, #0a58c2);
  }

  [aria-checked='true'] .thumb {
    transform: translateX(18px);
  }

  [aria-disabled='true'] {
    cursor: not-allowed;
  }

  :focus-visible {
    outline: 3px solid var(--consent-focus, #0a58c2);
    outline-offset: 2px;
  }

  @media (prefers-reduced-motion: reduce) {
    .thumb {
      transition: none;
    }
  }
`;class ye extends re{constructor(){super(...arguments),this.pageLanguage=new fe(this,()=>this.manager?.config.lang)}connectedCallback(){super.connectedCallback(),this.subscribe()}disconnectedCallback(){super.disconnectedCallback(),this.unsubscribe?.()}willUpdate(e){e.has("manager")&&this.subscribe()}subscribe(){this.unsubscribe?.(),this.unsubscribe=this.manager?.onChange(()=>this.requestUpdate())}render(){const e=this.manager;if(!e)return W;const t=this.pageLanguage.language,s=pe(t),i=s.disclosureColumns,n=e.config.vendors;return n.length?q`
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
            ${n.map(i=>{const n=e.config.categories.find(e=>e.id===i.category),o=ue(n,s,t).title,r=ce(i.name,t)??i.id,a=e.isGranted(n.id);return q`
                <tr data-vendor=${i.id}>
                  <th scope="row">
                    ${r}${i.policyUrl?q`<br /><a href=${i.policyUrl} rel="noopener" target="_blank">${s.policyLink}</a>`:W}
                  </th>
                  <td>${ce(i.data,t)??""}</td>
                  <td>${ce(i.purpose,t)??""}</td>
                  <td>${o}</td>
                  <td>
                    <button
                      part="switch"
                      role="switch"
                      type="button"
                      aria-checked=${a?"true":"false"}
                      aria-disabled=${n.required?"true":W}
                      aria-label=${`${o}（${r}）`}
                      data-category=${n.id}
                      @click=${()=>!n.required&&e.set({[n.id]:!a},"preferences")}
                    >
                      <span class="track"><span class="thumb"></span></span>
                      <span aria-hidden="true">${n.required?s.alwaysOn:a?s.on:s.off}</span>
                    </button>
                  </td>
                </tr>
              `})}
          </tbody>
        </table>
      </div>
    `:q`<p lang=${t}>${s.disclosureEmpty}</p>`}}ye.styles=ve,ye.properties={manager:{attribute:!1}};const _e="consent-disclosure";async function we(e,t=document){!function(e=customElements){e.get(me)||e.define(me,$e)}(),t.body||await new Promise(e=>t.addEventListener("DOMContentLoaded",e,{once:!0}));const s=Array.from(t.querySelectorAll(me)).find(t=>t.manager===e);if(s)return s;const i=t.createElement(me);return i.manager=e,t.body.append(i),i}function xe(e,t=document){!function(e=customElements){e.get(_e)||e.define(_e,ye)}();for(const s of Array.from(t.querySelectorAll(_e)))s.manager??=e}function Ae(e,t="data-consent"){return(e.getAttribute(t)??"").split(/\s+/).filter(Boolean)}function ke(e,t){const s=Ae(e,"data-consent-refused");return!(s.length&&(!t.isDecided()||s.some(e=>t.isGranted(e))))&&Ae(e).every(e=>t.isGranted(e))}const Ce=o`
  :host {
    all: initial;
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    font-family: var(--consent-font, system-ui, -apple-system, 'Hiragino Sans', 'Noto Sans JP', Meiryo, sans-serif);
    font-size: 15px;
    line-height: 1.6;
    color: var(--consent-fg, #1b1f24);
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
    background: var(--consent-placeholder-bg, #eef0f3);
    border: 1px solid var(--consent-border, #c9ced6);
    border-radius: var(--consent-radius, 12px);
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
    border: 2px solid var(--consent-accent, #0a58c2);
    border-radius: calc(var(--consent-radius, 12px) / 2);
    background: var(--consent-accent, #0a58c2);
    color: var(--consent-accent-fg, #ffffff);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }

  a {
    color: var(--consent-accent, #0a58c2);
  }

  :focus-visible {
    outline: 3px solid var(--consent-focus, #0a58c2);
    outline-offset: 2px;
  }
`;class Ee extends re{constructor(){super(...arguments),this.pageLanguage=new fe(this,()=>this.manager?.config.lang)}get neededCategories(){const e=this.target?[...Ae(this.target),...Ae(this.target,"data-consent-refused")]:[];return this.manager?.config.categories.filter(t=>e.includes(t.id)&&!t.required)??[]}allow(){const e=this.neededCategories;this.manager?.set(Object.fromEntries(e.map(e=>[e.id,!0])),"placeholder")}render(){if(!this.manager||!this.target)return W;const e=this.pageLanguage.language,t=pe(e),s=this.target.dataset.consentTitle||this.target.title||t.placeholderDefaultTitle,i=this.neededCategories;return q`
      <div part="placeholder" class="placeholder" role="group" aria-labelledby="title" lang=${e}>
        <p class="title" id="title">${s}</p>
        <p>${t.placeholderText(ge(i,t,e,!0))}</p>
        ${this.target.hasAttribute("data-consent")?q`<button type="button" @click=${this.allow}>${t.placeholderAllow}</button>`:W}
        <a href="#" @click=${e=>(e.preventDefault(),this.manager?.showPreferences())}>${t.placeholderSettings}</a>
      </div>
    `}}Ee.styles=Ce,Ee.properties={manager:{attribute:!1},target:{attribute:!1}};const Se="consent-placeholder";function Oe(e,t=document){!function(e=customElements){e.get(Se)||e.define(Se,Ee)}();const s=new Map;function i(i){const n=t.createElement(Se);n.manager=e,n.target=i;const o=i.getAttribute("width")||i.offsetWidth&&`${i.offsetWidth}`,r=i.getAttribute("height")||i.offsetHeight&&`${i.offsetHeight}`;o&&(n.style.width=/^\d+$/.test(o)?`${o}px`:o),r&&(n.style.height=/^\d+$/.test(r)?`${r}px`:r),i.before(n),i.hidden=!0,s.set(i,n)}return function(e,t,s){const i=new MutationObserver(e=>{e.some(e=>e.addedNodes.length)&&s()});i.observe(e.documentElement,{childList:!0,subtree:!0});const n=t.onChange(s);return e.addEventListener("DOMContentLoaded",s),s(),()=>{i.disconnect(),n(),e.removeEventListener("DOMContentLoaded",s)}}(t,e,function(){for(const n of Array.from(t.querySelectorAll(":is(iframe,img,video,audio,source,embed)[data-src]:is([data-consent],[data-consent-refused])"))){if("source"===n.localName)continue;const t=ke(n,e);t||s.has(n)||i(n),t&&s.has(n)&&(s.get(n).remove(),s.delete(n),n.hidden=!1)}})}export{we as mountConsentBanner,xe as mountDisclosures,Oe as mountPlaceholders};
