// The shop's consent settings, shared by every page (a site owner may also use
// data-* attributes on the script tag, or a JSON block in each page).
window.consentBannerConfig = {
  // demoHref (lang.js) keeps the demo's ?lang= on the banner's links too.
  policyUrl: demoHref('./privacy.html'),
  disclosureUrl: demoHref('./external.html'),
  revision: '2026-11',
  googleConsentMode: true,
  // The consent service that npm start mounts beside the demo stores every decision's record and the
  // unsubscribes from the sample e-mail's signed link (see /admin/).
  recordEndpoint: '/consent-records',
  unsubscribeEndpoint: '/unsubscribe',
  categories: {
    analytics: {
      whenOff: { ja: 'アクセス状況に基づくサイトの改善ができなくなります。', en: 'We cannot improve the site based on how it is used.' },
    },
    marketing: {
      whenOff: {
        ja: '動画や地図の埋め込みが表示されず、キャンペーンのメールも届かなくなります。',
        en: 'Embedded videos and maps are not shown, and you will not receive campaign e-mails.',
      },
    },
  },
  vendors: [
    {
      id: 'demo-analytics',
      name: { ja: 'デモ解析サービス株式会社', en: 'Demo Analytics Inc.' },
      category: 'analytics',
      data: { ja: '閲覧したページのURL、閲覧日時、Cookie ID', en: 'Page URL, time of visit, cookie ID' },
      purpose: { ja: 'アクセス状況の分析、サイトの改善', en: 'Understanding how the site is used, and improving it' },
      policyUrl: demoHref('./privacy.html'),
      cookies: ['_demo_analytics'],
    },
    {
      id: 'demo-ads',
      name: { ja: 'デモ広告ネットワーク株式会社', en: 'Demo Ad Network Inc.' },
      category: 'marketing',
      data: { ja: '閲覧したページのURL、Cookie ID、広告の表示・クリックの履歴', en: 'Page URL, cookie ID, ad views and clicks' },
      purpose: { ja: '広告の配信と効果測定', en: 'Showing ads and measuring their results' },
      policyUrl: demoHref('./privacy.html'),
      cookies: ['_demo_ads'],
    },
    // From the built-in catalogue, by id: the facts come with it and can be overridden.
    'youtube',
    'google-maps',
  ],
};

// Demo only: try a policy change. ?demo-revision=2027-01 (kept for this browser session)
// makes every page ask again; add &demo-minor to see a minor change that only informs.
// ?demo-reset starts over as a first-time visitor: no demo revision, no consent cookie, no tracker cookies.
{
  const params = new URLSearchParams(location.search);
  if (params.has('demo-reset')) {
    sessionStorage.removeItem('demo-revision');
    sessionStorage.removeItem('demo-minor');
    for (const name of ['consent_banner', 'consent_banner_cleanup', '_demo_analytics', '_demo_ads']) {
      document.cookie = `${name}=; Path=/; Max-Age=0; SameSite=Lax`;
    }
    // Only once: a reload afterwards must not reset again.
    params.delete('demo-reset');
    // (toString, not params.size: Safari before 17 has no size.)
    const query = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  }
  if (params.has('demo-revision')) {
    sessionStorage.setItem('demo-revision', params.get('demo-revision'));
    sessionStorage.setItem('demo-minor', params.has('demo-minor') ? '1' : '');
  }
  const revision = sessionStorage.getItem('demo-revision');
  if (revision) {
    window.consentBannerConfig.revision = revision;
    window.consentBannerConfig.revisionMinor = sessionStorage.getItem('demo-minor') === '1';
  }
}
