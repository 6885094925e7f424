// Minimal Klaro setup for the benchmark page (see klaro/dist/config.js):
// one analytics service, a notice (not a modal), ja/en texts.
var klaroConfig = {
  version: 1,
  elementID: 'klaro',
  storageMethod: 'cookie',
  cookieName: 'klaro',
  cookieExpiresAfterDays: 365,
  privacyPolicy: '/privacy',
  default: false,
  mustConsent: false,
  acceptAll: true,
  hideDeclineAll: false,
  lang: 'ja',
  fallbackLang: 'en',
  translations: {
    ja: {
      consentNotice: {
        title: 'Cookieの利用について',
        description: '当サイトでは、{purposes}のためにCookieを使用します。',
        learnMore: '設定を選ぶ',
        changeDescription: '前回の訪問から変更がありました。もう一度お選びください。',
      },
      consentModal: {
        title: 'Cookieの設定',
        description: '当サイトが利用するサービスを確認し、選択できます。',
      },
      privacyPolicy: { name: 'プライバシーポリシー', text: '詳しくは{privacyPolicy}をご覧ください。' },
      ok: 'すべて同意する',
      acceptAll: 'すべて同意する',
      acceptSelected: '選択を保存する',
      decline: 'すべて拒否する',
      save: '保存する',
      close: '閉じる',
      purposes: { analytics: { title: 'アクセス解析', description: 'サイトの使われ方を把握し、改善するために使います。' } },
      analytics: { title: 'アクセス解析', description: 'サイトの使われ方を把握するためのスクリプトです。' },
    },
    en: {
      consentNotice: { description: 'We use cookies for {purposes}.', learnMore: 'Choose' },
      ok: 'Accept all',
      decline: 'Reject all',
      purposes: { analytics: { title: 'Analytics', description: 'Helps us understand and improve how the site is used.' } },
      analytics: { title: 'Analytics', description: 'A script that measures how the site is used.' },
    },
  },
  services: [{ name: 'analytics', title: 'Analytics', purposes: ['analytics'], cookies: [] }],
};
