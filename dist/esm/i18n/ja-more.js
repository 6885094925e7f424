/** The rest of the Japanese texts: the preferences, the notices, placeholders and disclosure tables. */
const jaMore = {
    preferencesIntro: '利用目的ごとに、Cookie等の使用を許可するかどうかを選べます。オフにした目的には使用しませんが、一部の機能がご利用いただけなくなる場合があります。',
    save: '選択した内容を保存',
    close: '閉じる',
    on: 'オン',
    off: 'オフ',
    alwaysOn: '常に有効',
    serviceLocked: 'サービスの提供に欠かせないため、オフにはできません。',
    placeholderText: (purposes) => `このコンテンツは${purposes}のためにCookie等を使用します。表示するには同意が必要です。`,
    placeholderAllow: '同意して表示する',
    placeholderSettings: 'Cookie設定',
    placeholderDefaultTitle: '外部のコンテンツ',
    whenOffLabel: 'オフにすると：',
    vendorsLabel: '送信先：',
    consentIdLabel: (id, savedAt) => `同意ID：${id}（${savedAt}に保存）`,
    optOutTitle: 'メール配信を停止しました',
    optOutMarketing: '広告・キャンペーンのメール配信を停止しました。あわせて、広告・マーケティングを目的としたCookie等の利用も停止しました。',
    optOutCategory: (title) => `「${title}」への同意を取り消しました。`,
    optOutImportant: 'ご注文や契約、セキュリティに関する重要なお知らせは、引き続きお送りします。',
    optOutPending: '配信停止を登録しています…',
    optOutSent: '配信停止を登録しました。',
    optOutFailed: '配信停止をサーバーに登録できませんでした。お手数ですが、時間をおいてもう一度リンクを開くか、お問い合わせ窓口までご連絡ください。',
    undo: '元に戻す',
    openSettings: 'Cookie設定を開く',
    policyUpdatedTitle: 'プライバシーポリシー改定のお知らせ',
    policyUpdated: 'プライバシーポリシーを改定しました。これまでの設定はそのまま引き継がれます。',
    disclosureColumns: { recipient: '送信先', data: '送信される情報', purpose: '利用目的', category: 'カテゴリ', optOut: '送信の許可（オプトアウト）', vendorOptOut: '送信先でのオプトアウト' },
    disclosureVendorOptOutLink: 'オプトアウトページ',
    disclosureNoVendorOptOut: 'なし',
    disclosureNote: '送信の許可はカテゴリごとの設定です。同じカテゴリの送信先は、まとめて切り替わります。',
    disclosureTableLabel: '外部送信先の一覧',
    disclosureEmpty: '外部に送信している情報はありません。',
    categories: {
        service: {
            description: 'ページの表示、ログイン状態やカートの内容の保持、不正アクセスの防止など、サービスの提供に必要なCookie等です。',
        },
        analytics: {
            description: 'ページの閲覧状況やご利用状況を統計的に把握し、サービスの改善に役立てるためのCookie等です。',
        },
        marketing: {
            description: '興味・関心に合わせた広告の表示、広告の効果測定、キャンペーン情報のお知らせに使用するCookie等です。',
        },
    },
};

export { jaMore };
