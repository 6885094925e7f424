/** The Japanese texts the first layer shows (the banner, the floating button, the announcement after a choice). */
const jaFirst = {
    bannerTitle: 'Cookieの利用について',
    bannerText: (purposes) => `当サイトでは、${purposes}のためにCookie等を使用します。サービスの提供に必要なもの以外は、同意いただいた場合にのみ使用します。同意はいつでも変更・撤回できます。`,
    policyLink: 'プライバシーポリシー',
    acceptAll: 'すべて同意する',
    rejectAll: 'すべて拒否する',
    customize: '設定を選ぶ',
    preferencesTitle: 'Cookie設定',
    gpcNotice: (purposes) => `ブラウザからグローバル・プライバシー・コントロール（GPC）が送信されているため、${purposes}はオフにしています。「設定を選ぶ」から個別にオンにできます。`,
    revisionNotice: 'プライバシーポリシーを改定しました。内容をご確認のうえ、あらためてお選びください。',
    expiredNotice: '前回の選択から一定の期間が経ったため、あらためて確認しています。',
    cannotRemember: 'このブラウザではCookieが無効になっているため、選んだ内容はこのページを離れると保存されません。一部の機能がご利用いただけない場合があります。',
    disclosureLink: '外部送信ポリシー',
    saved: '選択した内容を保存しました。',
    categories: {
        service: { title: 'サービスの提供', purpose: 'サービスの提供' },
        analytics: { title: 'アクセス解析', purpose: 'アクセス解析' },
        marketing: { title: '広告・マーケティング', purpose: '広告・マーケティング' },
    },
};

export { jaFirst };
