// Minimal vanilla-cookieconsent v3 setup for the benchmark page, as its
// "Getting started" shows: categories necessary + analytics, ja/en texts.
// hideFromBots (default true) hides the banner when navigator.webdriver is
// set, which it is under puppeteer, so it is turned off here.
CookieConsent.run({
  hideFromBots: false,
  categories: {
    necessary: { enabled: true, readOnly: true },
    analytics: {},
  },
  language: {
    default: 'ja',
    autoDetect: 'document',
    translations: {
      ja: {
        consentModal: {
          title: 'Cookieの利用について',
          description: '当サイトでは、サービスの提供とアクセス解析のためにCookieを使用します。',
          acceptAllBtn: 'すべて同意する',
          acceptNecessaryBtn: 'すべて拒否する',
          showPreferencesBtn: '設定を選ぶ',
          footer: '<a href="/privacy">プライバシーポリシー</a>',
        },
        preferencesModal: {
          title: 'Cookieの設定',
          acceptAllBtn: 'すべて同意する',
          acceptNecessaryBtn: 'すべて拒否する',
          savePreferencesBtn: '選択を保存する',
          closeIconLabel: '閉じる',
          sections: [
            { title: 'サービスの提供', description: 'サイトの動作に欠かせないCookieです。', linkedCategory: 'necessary' },
            { title: 'アクセス解析', description: 'サイトの使われ方を把握し、改善するために使います。', linkedCategory: 'analytics' },
          ],
        },
      },
      en: {
        consentModal: {
          title: 'About cookies',
          description: 'We use cookies to provide the service and to understand how the site is used.',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Choose',
          footer: '<a href="/privacy">Privacy policy</a>',
        },
        preferencesModal: {
          title: 'Cookie settings',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save my choices',
          closeIconLabel: 'Close',
          sections: [
            { title: 'Service provision', description: 'Cookies the site needs to work.', linkedCategory: 'necessary' },
            { title: 'Analytics', description: 'Helps us understand and improve how the site is used.', linkedCategory: 'analytics' },
          ],
        },
      },
    },
  },
});
