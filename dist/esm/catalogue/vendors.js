const GOOGLE_POLICY = 'https://policies.google.com/privacy';
/** Google's ad settings, where a visitor turns off personalised ads (linked from Google's ads help, support.google.com/ads/answer/2662922). */
const GOOGLE_AD_SETTINGS = 'https://www.google.com/settings/ads';
const LY_POLICY = 'https://www.lycorp.co.jp/ja/company/privacypolicy/';
const MICROSOFT_POLICY = 'https://privacy.microsoft.com/privacystatement';
const META_POLICY = 'https://www.facebook.com/privacy/policy/';
/** gtag.js is one address for every Google product; its `id` prefix says which one the page loads. */
const GTAG = 'googletagmanager.com/gtag/js?id=';
/** Affiliate networks receive the same kind of data: the click that brought the visitor, and the sale. */
const AFFILIATE_DATA = {
    ja: '広告をクリックした日時と広告の識別子、ページのURL、リファラー、IPアドレス、ブラウザやデバイスの情報、Cookie ID、成果の情報（注文番号・金額など）',
    en: 'Time and identifier of the ad clicked, page URL, referrer, IP address, browser and device information, cookie IDs, and conversion details (order number, amount, etc.)',
};
const AFFILIATE_PURPOSE = {
    ja: 'アフィリエイト広告の成果の計測と、広告を掲載したサイトへの報酬の支払い',
    en: 'Measuring the results of affiliate ads, and paying the sites that ran them',
};
/** Heatmap tools record how the page is used. */
const HEATMAP_DATA = {
    ja: 'ページのURL、リファラー、IPアドレス、ブラウザやデバイスの情報、Cookie ID、クリック・スクロール・マウスの動きなどの操作履歴、ページの滞在時間',
    en: 'Page URL, referrer, IP address, browser and device information, cookie IDs, interactions such as clicks, scrolling and mouse movements, and time spent on the page',
};
const HEATMAP_PURPOSE = {
    ja: 'ヒートマップなどによるサイトの利用状況の分析、サイトの改善',
    en: 'Analysing how the site is used through heatmaps and similar reports, and improving it',
};
const AD_DATA = {
    ja: 'ページのURL、リファラー、IPアドレス、ブラウザやデバイスの情報、Cookie ID、広告のクリック情報、サイト内での行動（閲覧・購入・申込みなど）',
    en: 'Page URL, referrer, IP address, browser and device information, cookie IDs, ad click information, and actions on the site (pages viewed, purchases, sign-ups, etc.)',
};
const catalogue = {
    ga4: {
        id: 'ga4',
        name: { ja: 'Google LLC（Google アナリティクス 4）', en: 'Google LLC (Google Analytics 4)' },
        category: 'analytics',
        data: {
            ja: 'ページのURL、リファラー、IPアドレス、ブラウザやデバイスの情報、Cookie ID、サイト内での行動履歴（閲覧したページ、クリックなど）',
            en: 'Page URL, referrer, IP address, browser and device information, cookie ID, and activity on the site (pages viewed, clicks, etc.)',
        },
        purpose: { ja: 'アクセス状況の分析、サイトの改善', en: 'Analysing how the site is used, and improving it' },
        policyUrl: GOOGLE_POLICY,
        // The Google Analytics opt-out browser add-on (developers.google.com/analytics/devguides/collection/analyticsjs/user-opt-out).
        optOutUrl: 'https://tools.google.com/dlpage/gaoptout',
        // `_ga_*` is `_ga_<container-id>`.
        cookies: ['_ga', '_ga_*'],
        // gtag.js loaded with a GA4 measurement id (`G-…`) is analytics; with other ids it is another product.
        domains: ['google-analytics.com', 'analytics.google.com', `${GTAG}G-`],
    },
    gtm: {
        id: 'gtm',
        name: { ja: 'Google LLC（Google タグ マネージャー）', en: 'Google LLC (Google Tag Manager)' },
        // GTM only loads other tags and sets no cookie itself; it is filed under analytics because it
        // is not needed for the site to work. The tags it loads need entries of their own, and gtag.js
        // (googletagmanager.com/gtag/js) is matched by its `id` under ga4 / google-ads instead.
        category: 'analytics',
        data: {
            ja: 'IPアドレス、ブラウザやデバイスの情報、タグを読み込んだページのURL',
            en: 'IP address, browser and device information, and the URL of the page loading the tags',
        },
        purpose: {
            ja: 'サイトで使う計測タグ・広告タグの配信と管理',
            en: 'Delivering and managing the measurement and advertising tags used on the site',
        },
        policyUrl: GOOGLE_POLICY,
        cookies: [],
        domains: ['googletagmanager.com'],
    },
    'google-ads': {
        id: 'google-ads',
        name: { ja: 'Google LLC（Google 広告）', en: 'Google LLC (Google Ads)' },
        category: 'marketing',
        data: AD_DATA,
        purpose: {
            ja: '広告の効果測定、リマーケティング広告の配信、Google による広告配信の最適化',
            en: 'Measuring ad performance, remarketing, and optimisation of ad delivery by Google',
        },
        policyUrl: GOOGLE_POLICY,
        // Conversion linker cookies; `_gcl_*` covers the other variants (e.g. `_gcl_gs`, `_gcl_gb`).
        cookies: ['_gcl_au', '_gcl_aw', '_gcl_dc', '_gcl_*'],
        optOutUrl: GOOGLE_AD_SETTINGS,
        // gtag.js loaded with a Google Ads (`AW-`) or Floodlight (`DC-`) id is marketing whatever else it loads.
        // Some conversion hits also go to www.google.com/pagead/….
        domains: ['googleadservices.com', 'doubleclick.net', `${GTAG}AW-`, `${GTAG}DC-`, 'www.google.com/pagead/'],
    },
    'meta-pixel': {
        id: 'meta-pixel',
        name: { ja: 'Meta Platforms, Inc.（Meta ピクセル）', en: 'Meta Platforms, Inc. (Meta Pixel)' },
        category: 'marketing',
        data: AD_DATA,
        purpose: {
            ja: '広告の効果測定、Facebook・Instagram での広告配信とその最適化',
            en: 'Measuring ad performance, and delivering and optimising ads on Facebook and Instagram',
        },
        policyUrl: META_POLICY,
        cookies: ['_fbp', '_fbc'],
        domains: ['connect.facebook.net', 'www.facebook.com'],
    },
    'yahoo-ads': {
        id: 'yahoo-ads',
        name: { ja: 'LINEヤフー株式会社（Yahoo!広告）', en: 'LY Corporation (Yahoo! JAPAN Ads)' },
        category: 'marketing',
        data: AD_DATA,
        purpose: {
            ja: '広告の効果測定、リターゲティング広告の配信、LINEヤフーによる広告配信の最適化',
            en: 'Measuring ad performance, retargeting, and optimisation of ad delivery by LY Corporation',
        },
        policyUrl: LY_POLICY,
        // LINEヤフー's ad-data standard (広告データ利用基準) requires sites sending it data to show how to opt out.
        optOutUrl: 'https://btoptout.yahoo.co.jp/optout/index.html',
        // Site general tag (ytag.js): click IDs `_ycl_yjad` / `_yjr_yjad`, browser ID `_yjsu_yjad`,
        // retargeting timestamp `_ts_yjad`; `_ycl_*` covers the search-ad click IDs (`_ycl_aw`, `_ycl_<id>_aw`).
        cookies: ['_ycl_yjad', '_yjr_yjad', '_yjsu_yjad', '_ts_yjad', '_ycl_*'],
        // ytag.js can mirror the click IDs into localStorage under the same names.
        storage: ['_ycl_*'],
        domains: ['s.yimg.jp', 'b90.yahoo.co.jp', 'b91.yahoo.co.jp', 'b92.yahoo.co.jp', 'b97.yahoo.co.jp'],
    },
    'line-tag': {
        id: 'line-tag',
        name: { ja: 'LINEヤフー株式会社（LINE Tag）', en: 'LY Corporation (LINE Tag)' },
        category: 'marketing',
        data: AD_DATA,
        purpose: {
            ja: '広告の効果測定、LINE広告でのリターゲティング配信とその最適化',
            en: 'Measuring ad performance, and retargeting and optimising ads on LINE Ads',
        },
        policyUrl: LY_POLICY,
        // No opt-out page for browsers could be confirmed: LINE documents the opt-out as a setting in the LINE app
        // (Settings > Privacy > Ad settings). The site owner adds `optOutUrl` once LY publishes one.
        cookies: ['__lt__cid', '__lt__sid'],
        domains: ['d.line-scdn.net', 'tr.line.me'],
    },
    'x-pixel': {
        id: 'x-pixel',
        name: { ja: 'X Corp.（X ピクセル）', en: 'X Corp. (X Pixel)' },
        category: 'marketing',
        data: AD_DATA,
        purpose: {
            ja: '広告の効果測定、X での広告配信とその最適化',
            en: 'Measuring ad performance, and delivering and optimising ads on X',
        },
        policyUrl: 'https://x.com/privacy',
        // `_twclid` holds the ad click ID; X's other cookies (e.g. `personalization_id`) are third-party.
        cookies: ['_twclid'],
        domains: ['ads-twitter.com', 'analytics.twitter.com', 't.co'],
    },
    'tiktok-pixel': {
        id: 'tiktok-pixel',
        name: { ja: 'TikTok Pte. Ltd.（TikTok ピクセル）', en: 'TikTok Pte. Ltd. (TikTok Pixel)' },
        category: 'marketing',
        data: AD_DATA,
        purpose: {
            ja: '広告の効果測定、TikTok での広告配信とその最適化',
            en: 'Measuring ad performance, and delivering and optimising ads on TikTok',
        },
        policyUrl: 'https://www.tiktok.com/legal/privacy-policy-row?lang=ja',
        cookies: ['_ttp', '_tt_enable_cookie'],
        domains: ['analytics.tiktok.com'],
    },
    'microsoft-clarity': {
        id: 'microsoft-clarity',
        name: { ja: 'Microsoft Corporation（Microsoft Clarity）', en: 'Microsoft Corporation (Microsoft Clarity)' },
        category: 'analytics',
        data: {
            ja: 'ページのURL、リファラー、IPアドレス、ブラウザやデバイスの情報、Cookie ID、クリック・スクロール・マウスの動きなどの操作履歴',
            en: 'Page URL, referrer, IP address, browser and device information, cookie IDs, and interactions such as clicks, scrolling and mouse movements',
        },
        purpose: {
            ja: 'ヒートマップやセッション録画によるサイトの利用状況の分析、サイトの改善',
            en: 'Analysing how the site is used through heatmaps and session recordings, and improving it',
        },
        policyUrl: 'https://privacy.microsoft.com/privacystatement',
        // MUID and the other clarity.ms / bing.com cookies are third-party.
        cookies: ['_clck', '_clsk'],
        domains: ['clarity.ms', 'c.bing.com'],
    },
    hotjar: {
        id: 'hotjar',
        name: { ja: 'Hotjar Ltd.（Hotjar）', en: 'Hotjar Ltd. (Hotjar)' },
        category: 'analytics',
        data: {
            ja: 'ページのURL、リファラー、IPアドレス、ブラウザやデバイスの情報、Cookie ID、クリック・スクロール・マウスの動きなどの操作履歴、アンケートへの回答',
            en: 'Page URL, referrer, IP address, browser and device information, cookie IDs, interactions such as clicks, scrolling and mouse movements, and survey answers',
        },
        purpose: {
            ja: 'ヒートマップやセッション録画、アンケートによるサイトの利用状況の分析、サイトの改善',
            en: 'Analysing how the site is used through heatmaps, session recordings and surveys, and improving it',
        },
        policyUrl: 'https://www.hotjar.com/legal/policies/privacy/',
        // User and session IDs (`_<name>_<site id>`); `_hj*` covers Hotjar's other flags and tests.
        cookies: ['_hjSessionUser_*', '_hjSession_*', '_hj*'],
        storage: ['_hjUserAttributes', 'hjActiveViewportIds'],
        domains: ['hotjar.com', 'hotjar.io'],
    },
    youtube: {
        id: 'youtube',
        name: { ja: 'Google LLC（YouTube）', en: 'Google LLC (YouTube)' },
        // Not needed for the page to work, and the player sets advertising cookies on youtube.com.
        category: 'marketing',
        data: {
            ja: '動画を埋め込んだページのURL、IPアドレス、ブラウザやデバイスの情報、動画の再生状況、YouTube・Google の Cookie ID',
            en: 'URL of the page with the video, IP address, browser and device information, playback activity, and YouTube and Google cookie IDs',
        },
        purpose: {
            ja: 'サイト内での動画の再生（Google がサービスの改善や広告のパーソナライズに利用する場合があります）',
            en: 'Playing videos on the site (Google may also use the data to improve its services and personalize ads)',
        },
        policyUrl: GOOGLE_POLICY,
        optOutUrl: GOOGLE_AD_SETTINGS,
        // The player's cookies live on youtube.com / google.com (third-party), not on the site's domain.
        cookies: [],
        domains: ['youtube.com', 'youtube-nocookie.com', 'ytimg.com'],
    },
    'google-maps': {
        id: 'google-maps',
        name: { ja: 'Google LLC（Google マップ）', en: 'Google LLC (Google Maps)' },
        // Of analytics | marketing: the map serves the site no analytics, and Google may use what it receives for ads.
        category: 'marketing',
        data: {
            ja: '地図を埋め込んだページのURL、IPアドレス、ブラウザやデバイスの情報、地図の操作内容、Google の Cookie ID',
            en: 'URL of the page with the map, IP address, browser and device information, interactions with the map, and Google cookie IDs',
        },
        purpose: {
            ja: 'サイト内での地図の表示（Google がサービスの改善や広告のパーソナライズに利用する場合があります）',
            en: 'Showing maps on the site (Google may also use the data to improve its services and personalize ads)',
        },
        policyUrl: GOOGLE_POLICY,
        optOutUrl: GOOGLE_AD_SETTINGS,
        // Google's cookies are on google.com (third-party), not on the site's domain.
        cookies: [],
        // The usual iframe is www.google.com/maps/embed?pb=…: a path, since the host also serves reCAPTCHA and more.
        domains: ['www.google.com/maps/embed', 'maps.googleapis.com', 'maps.gstatic.com', 'maps.google.com', 'maps.google.co.jp'],
    },
    'microsoft-uet': {
        id: 'microsoft-uet',
        name: { ja: 'Microsoft Corporation（Microsoft 広告 UET タグ）', en: 'Microsoft Corporation (Microsoft Advertising UET tag)' },
        category: 'marketing',
        data: AD_DATA,
        purpose: {
            ja: '広告の効果測定、Microsoft 広告でのリマーケティング配信とその最適化',
            en: 'Measuring ad performance, and remarketing and optimising ads on Microsoft Advertising',
        },
        policyUrl: MICROSOFT_POLICY,
        // First-party visitor, session and click IDs (Microsoft's UET parameter reference says msclkid is kept in a
        // first-party cookie); MUID is on bing.com (third-party).
        cookies: ['_uetvid', '_uetsid', '_uetmsclkid'],
        domains: ['bat.bing.com'],
    },
    'google-adsense': {
        id: 'google-adsense',
        name: { ja: 'Google LLC（Google AdSense）', en: 'Google LLC (Google AdSense)' },
        category: 'marketing',
        data: {
            ja: 'ページのURL、リファラー、IPアドレス、ブラウザやデバイスの情報、Cookie ID、広告の表示・クリックの情報',
            en: 'Page URL, referrer, IP address, browser and device information, cookie IDs, and ad views and clicks',
        },
        purpose: {
            ja: 'サイトへの広告の掲載、Google による広告のパーソナライズと効果測定、不正なクリックの防止',
            en: 'Showing ads on the site, personalisation and measurement of ads by Google, and preventing invalid clicks',
        },
        policyUrl: GOOGLE_POLICY,
        optOutUrl: GOOGLE_AD_SETTINGS,
        // Publisher first-party IDs set on the site's domain (Ad Manager help, answer 15304323).
        cookies: ['__gads', '__gpi'],
        // adsbygoogle.js and the ad frames; its ad requests to doubleclick.net fall under google-ads (also marketing).
        domains: ['googlesyndication.com'],
    },
    criteo: {
        id: 'criteo',
        name: { ja: 'Criteo SA（Criteo）', en: 'Criteo SA (Criteo)' },
        category: 'marketing',
        data: {
            ja: 'ページのURL、リファラー、IPアドレス、ブラウザやデバイスの情報、Cookie ID、閲覧・カートに入れた・購入した商品の情報',
            en: 'Page URL, referrer, IP address, browser and device information, cookie IDs, and the products viewed, added to the cart and bought',
        },
        purpose: {
            ja: '閲覧した商品にもとづくリターゲティング広告の配信と、その効果測定',
            en: 'Retargeting ads based on the products viewed, and measuring their performance',
        },
        policyUrl: 'https://www.criteo.com/privacy/',
        optOutUrl: 'https://www.criteo.com/privacy/disable-criteo-services-on-internet-browsers/',
        // The OneTag's first-party ID on the site's domain; uid and the other Criteo cookies are on criteo.com.
        cookies: ['cto_bundle'],
        // OneTag (static.criteo.net/js/ld/ld.js) and its event hosts (dis.criteo.com, gum.criteo.com, …).
        domains: ['criteo.net', 'criteo.com'],
    },
    a8net: {
        id: 'a8net',
        name: { ja: '株式会社ファンコミュニケーションズ（A8.net）', en: 'FAN Communications, Inc. (A8.net)' },
        category: 'marketing',
        data: AFFILIATE_DATA,
        purpose: AFFILIATE_PURPOSE,
        // FAN Communications' privacy policy as sites using A8.net link it; its behavioural-ads policy is fancs.com/btapolicy.
        policyUrl: 'https://www.fancs.com/privacypolicy',
        // A8's ITP tag (a8linkmgr.js) keeps the click's ad parameter in a first-party cookie whose name A8 does not
        // document, so none is listed: add it to `cookies` if your setup shows one.
        cookies: [],
        // Tags at statics.a8.net (a8sales.js, a8linkmgr.js), clicks at px.a8.net, banners at www*.a8.net.
        domains: ['a8.net'],
    },
    valuecommerce: {
        id: 'valuecommerce',
        name: { ja: 'バリューコマース株式会社（バリューコマース）', en: 'ValueCommerce Co., Ltd. (ValueCommerce)' },
        category: 'marketing',
        data: AFFILIATE_DATA,
        purpose: AFFILIATE_PURPOSE,
        policyUrl: 'https://www.valuecommerce.co.jp/privacy_policy/',
        cookies: [],
        // LinkSwitch / ITP tag (aml.valuecommerce.com/vcdal.js), clicks and banners (ck. / ad.jp.ap.valuecommerce.com).
        domains: ['valuecommerce.com'],
    },
    moshimo: {
        id: 'moshimo',
        name: { ja: '株式会社もしも（もしもアフィリエイト）', en: 'Moshimo Co., Ltd. (Moshimo Affiliate)' },
        category: 'marketing',
        data: AFFILIATE_DATA,
        purpose: AFFILIATE_PURPOSE,
        policyUrl: 'https://www.moshimo.co.jp/privacy',
        cookies: [],
        // Clicks and impressions (af. / i.moshimo.com) and かんたんリンク's script (dn.msmstatic.com/site/cardlink/bundle.js).
        domains: ['moshimo.com', 'msmstatic.com'],
    },
    'rakuten-affiliate': {
        id: 'rakuten-affiliate',
        name: { ja: '楽天グループ株式会社（楽天アフィリエイト）', en: 'Rakuten Group, Inc. (Rakuten Affiliate)' },
        category: 'marketing',
        data: AFFILIATE_DATA,
        purpose: AFFILIATE_PURPOSE,
        policyUrl: 'https://privacy.rakuten.co.jp/',
        cookies: [],
        // Affiliate links (hb.afl.rakuten.co.jp) and widgets (xml.affiliate.rakuten.co.jp/widget/js/rakuten_widget.js);
        // not rakuten.co.jp as a whole, which is also the shop the links lead to.
        domains: ['afl.rakuten.co.jp', 'affiliate.rakuten.co.jp'],
    },
    karte: {
        id: 'karte',
        name: { ja: '株式会社プレイド（KARTE）', en: 'PLAID, Inc. (KARTE)' },
        // KARTE analyses visitors and shows them personalised on-site messages (Web接客): the latter is marketing.
        category: 'marketing',
        data: {
            ja: 'ページのURL、リファラー、IPアドレス、ブラウザやデバイスの情報、Cookie ID、サイト内での行動履歴、サイトが送信した会員・購入の情報',
            en: 'Page URL, referrer, IP address, browser and device information, cookie IDs, activity on the site, and member and purchase data the site sends',
        },
        purpose: {
            ja: 'サイトの利用状況の分析と、来訪者に合わせたサイト内でのメッセージ・コンテンツの表示',
            en: 'Analysing how the site is used, and showing visitors messages and content suited to them on the site',
        },
        // The KARTE privacy policy (the 2018 version is kept at karte.io/legal/previous/karte-policy-en-20180601.html).
        policyUrl: 'https://karte.io/karte-policy.html',
        // The visitor ID, on the site's registrable domain (KARTE support: 計測タグの挙動とユーザーの識別).
        cookies: ['krt.vis'],
        // Tag v2 loads cdn-edge.karte.io/<key>/edge.js, tag v1 static.karte.io/libs/tracker.js.
        domains: ['karte.io'],
    },
    ptengine: {
        id: 'ptengine',
        name: { ja: '株式会社Ptmind（Ptengine）', en: 'Ptmind Inc. (Ptengine)' },
        category: 'analytics',
        data: HEATMAP_DATA,
        purpose: HEATMAP_PURPOSE,
        policyUrl: 'https://www.ptengine.jp/privacy-policy',
        cookies: [],
        // The tag is js.ptengine.jp/<id>.js (older tags js.ptengine.jp/pta.js).
        domains: ['ptengine.jp'],
    },
    'user-heat': {
        id: 'user-heat',
        name: { ja: '株式会社ユーザーローカル（User Heat）', en: 'User Local, Inc. (User Heat)' },
        category: 'analytics',
        data: HEATMAP_DATA,
        purpose: HEATMAP_PURPOSE,
        // User Local's data policy for its analytics tags: the cookie holds only an access timestamp (name undocumented).
        policyUrl: 'https://info.userlocal.jp/data_policy',
        cookies: [],
        // The tag loads uh.nakanohito.jp/uhj2/uh.js.
        domains: ['nakanohito.jp'],
    },
    'mieruca-heatmap': {
        id: 'mieruca-heatmap',
        name: { ja: '株式会社Faber Company（ミエルカヒートマップ）', en: 'Faber Company Inc. (Mieruca Heatmap)' },
        category: 'analytics',
        data: HEATMAP_DATA,
        purpose: HEATMAP_PURPOSE,
        // No privacy policy address could be confirmed from Faber Company's own pages: add `policyUrl` before you publish.
        cookies: [],
        // The tag loads hm.mieru-ca.com/service/js/mieruca-hm.js (opt.mieru-ca.com is ミエルカ's A/B testing product).
        domains: ['hm.mieru-ca.com'],
    },
    'instagram-embed': {
        id: 'instagram-embed',
        name: { ja: 'Meta Platforms, Inc.（Instagram の埋め込み投稿）', en: 'Meta Platforms, Inc. (Instagram embeds)' },
        // Not needed for the page to work, and Meta may use what it receives for ads.
        category: 'marketing',
        data: {
            ja: '投稿を埋め込んだページのURL、IPアドレス、ブラウザやデバイスの情報、埋め込みの操作内容、Instagram・Meta の Cookie ID',
            en: 'URL of the page with the post, IP address, browser and device information, interactions with the embed, and Instagram and Meta cookie IDs',
        },
        purpose: {
            ja: 'サイト内での Instagram の投稿の表示（Meta がサービスの改善や広告のパーソナライズに利用する場合があります）',
            en: 'Showing Instagram posts on the site (Meta may also use the data to improve its services and personalise ads)',
        },
        policyUrl: 'https://privacycenter.instagram.com/policy',
        // Instagram's cookies are on instagram.com (third-party), not on the site's domain.
        cookies: [],
        // embed.js (www.instagram.com/embed.js), the post iframes (www.instagram.com/p/…/embed) and their images.
        domains: ['instagram.com', 'cdninstagram.com'],
    },
    'x-embed': {
        id: 'x-embed',
        name: { ja: 'X Corp.（X の埋め込みポスト）', en: 'X Corp. (X embeds)' },
        category: 'marketing',
        data: {
            ja: 'ポストを埋め込んだページのURL、IPアドレス、ブラウザやデバイスの情報、埋め込みの操作内容、X の Cookie ID',
            en: 'URL of the page with the post, IP address, browser and device information, interactions with the embed, and X cookie IDs',
        },
        purpose: {
            ja: 'サイト内での X のポストやタイムラインの表示（X がサービスの改善や広告のパーソナライズに利用する場合があります）',
            en: 'Showing X posts and timelines on the site (X may also use the data to improve its services and personalise ads)',
        },
        policyUrl: 'https://x.com/privacy',
        // X's cookies are on x.com / twitter.com (third-party), not on the site's domain.
        cookies: [],
        // widgets.js (platform.twitter.com/widgets.js) and the posts it loads (syndication.twitter.com, cdn.syndication.twimg.com).
        // The X Pixel (ads-twitter.com, analytics.twitter.com) is x-pixel.
        domains: ['platform.twitter.com', 'syndication.twitter.com', 'cdn.syndication.twimg.com'],
    },
};
/** The catalogue, keyed by vendor id. Shared data: copy an entry before changing it. */
const VENDOR_CATALOGUE = catalogue;
/** The catalogue entry for `id`, or undefined (also for names such as "toString"). */
function catalogueVendor(id) {
    return Object.prototype.hasOwnProperty.call(catalogue, id) ? catalogue[id] : undefined;
}

export { VENDOR_CATALOGUE, catalogueVendor };
