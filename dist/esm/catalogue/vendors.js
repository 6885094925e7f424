const GOOGLE_POLICY = 'https://policies.google.com/privacy';
const LY_POLICY = 'https://www.lycorp.co.jp/ja/company/privacypolicy/';
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
        // `_ga_*` is `_ga_<container-id>`. gtag.js itself is served from www.googletagmanager.com (listed under gtm).
        cookies: ['_ga', '_ga_*'],
        domains: ['google-analytics.com', 'analytics.google.com'],
    },
    gtm: {
        id: 'gtm',
        name: { ja: 'Google LLC（Google タグ マネージャー）', en: 'Google LLC (Google Tag Manager)' },
        // GTM only loads other tags and sets no cookie itself; it is filed under analytics because it
        // is not needed for the site to work. The tags it loads need entries of their own.
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
        // Some conversion hits also go to www.google.com/pagead/…, which a hostname cannot single out.
        domains: ['googleadservices.com', 'doubleclick.net'],
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
        policyUrl: 'https://www.facebook.com/privacy/policy/',
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
        // Google's cookies are on google.com (third-party), not on the site's domain.
        cookies: [],
        // The usual iframe is www.google.com/maps/embed, which no hostname can single out without also
        // catching reCAPTCHA and other www.google.com services: mark those iframes on the page instead.
        domains: ['maps.googleapis.com', 'maps.gstatic.com', 'maps.google.com', 'maps.google.co.jp'],
    },
};
/** The catalogue, keyed by vendor id. Shared data: copy an entry before changing it. */
const VENDOR_CATALOGUE = catalogue;
/** The catalogue entry for `id`, or undefined (also for names such as "toString"). */
function catalogueVendor(id) {
    return Object.prototype.hasOwnProperty.call(catalogue, id) ? catalogue[id] : undefined;
}

export { VENDOR_CATALOGUE, catalogueVendor };
