import { expect, fixture, html } from '@open-wc/testing';
import { createConsentManager } from '../../src/core/consent-manager.js';
import { formatConsentCookie } from '../../src/core/cookie-format.js';
import { handleOptOutLink } from '../../src/core/opt-out-link.js';
import { createMemoryStorage, type ConsentStorage } from '../../src/core/storage.js';
import { recordingLogger, waitUntil } from '../helpers.js';
import type { ConsentBannerElement } from '../../src/ui/consent-banner/consent-banner.component.js';
import { renderBanner } from './banner-harness.js';

const DAY = 86_400_000;

const storedDecision = (overrides: object) =>
  createMemoryStorage(formatConsentCookie({ revision: '1', time: Date.now() - DAY, consentId: 'visitor00001', granted: ['analytics'], ...overrides }));

describe('<consent-banner> notices for the privacy-policy clauses', () => {
  const originalLang = document.documentElement.lang;
  beforeEach(() => (document.documentElement.lang = 'ja'));
  afterEach(() => {
    document.documentElement.lang = originalLang;
    history.replaceState(null, '', location.pathname);
  });

  it('asks again after a policy revision, saying why, with the previous choice as the starting point', async () => {
    const { root, text, manager, el } = await renderBanner({ revision: '2' }, { storage: storedDecision({}) });
    expect(root.querySelector('[part~="banner"]')).to.exist;
    expect(text()).to.contain('プライバシーポリシーを改定しました');
    expect(manager.getState().analytics, 'nothing counts as granted meanwhile').to.equal(false);
    manager.showPreferences();
    await el.updateComplete;
    expect(root.querySelector('[data-category="analytics"]')!.getAttribute('aria-checked')).to.equal('true');
  });

  it('asks again when a decision has expired', async () => {
    const { text } = await renderBanner({}, { storage: storedDecision({ time: Date.now() - 400 * DAY }) });
    expect(text()).to.contain('前回の選択から一定の期間が経ったため');
  });

  it('only informs about a minor revision, and counts it as seen once closed', async () => {
    const storage = storedDecision({});
    const { root, text, manager, el } = await renderBanner({ revision: '1.1', revisionMinor: true }, { storage });
    expect(manager.isDecided()).to.equal(true);
    expect(manager.getState().analytics).to.equal(true);
    expect(root.querySelector('[part~="banner"]') === null, 'no banner').to.equal(true);
    expect(text()).to.contain('これまでの設定はそのまま引き継がれます');
    expect(root.querySelector('#notice-title')!.textContent, 'titled by what it is about').to.equal('プライバシーポリシー改定のお知らせ');
    (root.querySelector('[part~="button-close-notice"]') as HTMLElement).click();
    await el.updateComplete;
    expect(storage.read()).to.match(/^1\|1\.1\|/);
    expect(root.querySelector('[part~="notice"]') === null, 'notice closed').to.equal(true);
  });

  it('says once, politely, that the choice cannot be kept when the browser refuses cookies', async () => {
    const refusing: ConsentStorage = { read: () => undefined, write: () => false, clear: () => {} };
    const { root, text, manager, el } = await renderBanner({}, { storage: refusing });
    manager.rejectAll('banner');
    await el.updateComplete;
    expect(text()).to.contain('Cookieが無効になっているため');
    (root.querySelector('[part~="button-close-notice"]') as HTMLElement).click();
    await el.updateComplete;
    manager.acceptAll('preferences');
    await el.updateComplete;
    expect(root.querySelector('[part~="notice"]') === null, 'said only once').to.equal(true);
    expect(manager.getState().analytics, 'the choice still applies to this page view').to.equal(true);
  });

  it('tells a visitor whose browser has cookies disabled in the banner itself', async () => {
    const { text } = await renderBanner({}, { storageUnavailable: true });
    expect(text()).to.contain('このページを離れると保存されません');
  });

  it('does not tell a screen reader "saved" when the browser keeps no cookie', async () => {
    // Cookies off from the start, and a cookie that is written but found missing a task later (as the
    // cookie storage checks it).
    const notKept: ConsentStorage = { read: () => undefined, write: () => new Promise((resolve) => setTimeout(() => resolve(false))), clear: () => {} };
    for (const options of [{ storageUnavailable: true }, { storage: notKept }]) {
      const { root, manager, el } = await renderBanner({}, options);
      manager.acceptAll('banner');
      const live = root.querySelector('[role="status"][aria-live]')!;
      await waitUntil(() => live.textContent, 'nothing announced');
      expect(live.textContent).to.contain('このページを離れると保存されません');
      expect(live.textContent).to.not.contain('保存しました');
      el.remove();
    }
  });

  it('confirms the unsubscribe link: what stopped, that important notices continue, Undo and settings', async () => {
    history.replaceState(null, '', '?consent-opt-out=marketing&consent-token=tok');
    const manager = createConsentManager({ policyUrl: '/p', unsubscribeEndpoint: '/unsubscribe?fail=99&run=ui' }, { gpc: false });
    manager.set({ marketing: true });
    handleOptOutLink(manager, window, recordingLogger(), [5]);
    const el = await fixture<ConsentBannerElement>(html`<consent-banner .manager=${manager}></consent-banner>`);
    manager.start();
    await el.updateComplete;
    const root = el.shadowRoot!;
    const notice = root.querySelector('[part~="notice"]')!;
    expect(root.querySelector('[part~="banner"]') === null, 'a confirmation, not the banner').to.equal(true);
    expect(notice.textContent).to.contain('広告・キャンペーンのメール配信を停止しました');
    expect(notice.textContent).to.contain('ご注文や契約、セキュリティに関する重要なお知らせは、引き続きお送りします。');
    expect(el.shadowRoot!.activeElement?.id, 'focus moves to the confirmation').to.equal('notice-title');
    await waitUntil(() => notice.querySelector('[part~="delivery"]')!.textContent!.includes('登録できませんでした'), 'failure not shown');
    await expect(notice).to.be.accessible();

    (notice.querySelector('[part~="button-undo"]') as HTMLElement).click();
    await el.updateComplete;
    expect(manager.getState().marketing).to.equal(true);
  });

  it('shows in the preferences what stops working, the recipients, and the consent id with its date', async () => {
    const { root, manager, el } = await renderBanner(
      {
        categories: { analytics: { whenOff: { ja: 'おすすめ商品が表示されなくなります。', en: 'Recommendations are not shown.' } } },
        vendors: [{ id: 'ga4', name: 'Google LLC（Google アナリティクス）', category: 'analytics', policyUrl: 'https://policies.google.com/privacy' }],
      },
      { now: () => Date.UTC(2026, 10, 30, 3, 0), createConsentId: () => 'abcd1234efgh5678' },
    );
    manager.rejectAll('banner');
    manager.showPreferences();
    await el.updateComplete;
    const analytics = root.querySelector('[data-category="analytics"]')!.closest('li')!;
    expect(analytics.textContent).to.contain('オフにすると：おすすめ商品が表示されなくなります。');
    expect(analytics.querySelector('a')!.textContent).to.equal('Google LLC（Google アナリティクス）');
    expect(root.querySelector('[part~="consent-id"]')!.textContent).to.contain('同意ID：abcd1234efgh5678').and.contain('2026');
    await expect(root.querySelector('dialog')).to.be.accessible();
  });
});
