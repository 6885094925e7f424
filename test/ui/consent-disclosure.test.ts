import { expect, fixture, html } from '@open-wc/testing';
import { createConsentManager } from '../../src/core/consent-manager.js';
import type { ConsentDisclosureElement } from '../../src/ui/consent-disclosure/consent-disclosure.component.js';
import '../../src/define.js';

const vendors = [
  {
    id: 'ga4',
    name: { ja: 'Google LLC（Google アナリティクス 4）', en: 'Google LLC (Google Analytics 4)' },
    category: 'analytics',
    data: { ja: 'ページのURL、Cookie ID', en: 'Page URL, cookie ID' },
    purpose: { ja: 'アクセス状況の分析', en: 'Analysing how the site is used' },
    policyUrl: 'https://policies.google.com/privacy',
  },
  { id: 'meta', name: 'Meta Platforms, Inc.', category: 'marketing', data: 'Cookie ID', purpose: { ja: '広告配信', en: 'Ads' } },
];

describe('<consent-disclosure>', () => {
  const originalLang = document.documentElement.lang;
  afterEach(() => (document.documentElement.lang = originalLang));

  it('lists every recipient with the information sent, purpose, category and an opt-out switch', async () => {
    document.documentElement.lang = 'ja';
    const manager = createConsentManager({ policyUrl: '/p', vendors }, { gpc: false });
    const el = await fixture<ConsentDisclosureElement>(html`<consent-disclosure .manager=${manager}></consent-disclosure>`);
    const root = el.shadowRoot!;
    expect(Array.from(root.querySelectorAll('thead th'), (th) => th.textContent)).to.deep.equal([
      '送信先',
      '送信される情報',
      '利用目的',
      'カテゴリ',
      'オプトアウト',
    ]);
    const rows = Array.from(root.querySelectorAll('tbody tr'), (tr) =>
      Array.from(tr.querySelectorAll('th, td'), (cell) => cell.textContent!.replace(/\s+/g, ' ').trim()),
    );
    expect(rows[0].slice(0, 4)).to.deep.equal(['Google LLC（Google アナリティクス 4）プライバシーポリシー', 'ページのURL、Cookie ID', 'アクセス状況の分析', 'アクセス解析']);
    expect(rows[1].slice(2, 4)).to.deep.equal(['広告配信', '広告・マーケティング']);
    await expect(el).to.be.accessible();
  });

  it('its switches change the category and follow changes made elsewhere', async () => {
    document.documentElement.lang = 'en';
    const manager = createConsentManager({ policyUrl: '/p', vendors }, { gpc: false });
    const el = await fixture<ConsentDisclosureElement>(html`<consent-disclosure .manager=${manager}></consent-disclosure>`);
    const toggle = () => el.shadowRoot!.querySelector<HTMLElement>('tr[data-vendor="ga4"] [role="switch"]')!;
    expect(toggle().getAttribute('aria-checked')).to.equal('false');
    expect(toggle().getAttribute('aria-label')).to.equal('Analytics（Google LLC (Google Analytics 4)）');
    toggle().click();
    expect(manager.getState().analytics).to.equal(true);
    await el.updateComplete;
    expect(toggle().getAttribute('aria-checked')).to.equal('true');
    manager.rejectAll();
    await el.updateComplete;
    expect(toggle().getAttribute('aria-checked')).to.equal('false');
  });
});
