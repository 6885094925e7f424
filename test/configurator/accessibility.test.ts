// The configurator for everyone: axe finds nothing in Japanese or English (with outputs, and with problems
// shown), it works from the keyboard alone, and it fits a 375 px phone.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { axeViolations, waitUntil } from '../helpers.js';
import { newConfiguratorFrame, type ConfiguratorPage } from './configurator-page.js';


function hashOf(settings: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(settings));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `#settings=${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

const pair = (ja: string, en: string) => ({ ja, en });
const FILLED = {
  v: 1,
  policyUrl: '/privacy',
  revision: '2026-12',
  siteCategories: [{ id: 'chat', title: pair('チャット', 'Chat'), description: pair('チャット窓口', 'The chat window'), whenOff: pair('', ''), sellOrShare: false }],
  vendors: [
    { kind: 'catalogue', id: 'ga4', seen: { hosts: [], cookies: ['_ga'] } },
    { kind: 'site', id: 'chat-sample', name: pair('チャットサンプル', 'Chat Sample'), category: 'chat', data: pair('URL', 'URL'), purpose: pair('対応', 'Support'), policyUrl: '', optOutUrl: '', cookies: '', domains: 'chat.example.net' },
  ],
  customColours: true,
  colours: { bg: '#ffffff', fg: '#1b1f24', 'choice-bg': '#2b2118', 'choice-fg': '#ffffff', accent: '#7a4a1e', 'accent-fg': '#ffffff' },
};
const WITH_PROBLEMS = {
  ...FILLED,
  policyUrl: 'javascript:void 0',
  vendors: [...FILLED.vendors, { kind: 'site', id: 'x', name: pair('', ''), category: 'marketing', data: pair('', ''), purpose: pair('', ''), policyUrl: '', optOutUrl: 'ftp://x', cookies: '', domains: '' }],
  colours: { ...FILLED.colours, fg: '#999999' },
};

describe('the configurator is accessible', () => {
  let frame: HTMLIFrameElement;
  let page: ConfiguratorPage;

  beforeEach(() => {
    ({ frame, page } = newConfiguratorFrame());
  });
  afterEach(() => frame.remove());

  for (const lang of ['ja', 'en'] as const) {
    it(`has no axe violations in ${lang === 'ja' ? 'Japanese' : 'English'}: empty, filled in, and showing problems`, async () => {
      await page.open({ lang });
      expect(page.doc.documentElement.lang).to.equal(lang);
      // The preview frame holds the widget, which has accessibility tests of its own (test/ui/).
      expect(await axeViolations(page.doc, { iframes: false }), 'empty').to.deep.equal([]);
      await page.open({ lang, hash: hashOf(FILLED) });
      expect(page.doc.getElementById('output-tag'), 'outputs shown').to.not.equal(null);
      expect(await axeViolations(page.doc, { iframes: false }), 'filled in').to.deep.equal([]);
      await page.open({ lang, hash: hashOf(WITH_PROBLEMS) });
      expect(page.doc.querySelectorAll('.problems:not([hidden]) li').length).to.be.greaterThan(3);
      expect(await axeViolations(page.doc, { iframes: false }), 'with problems').to.deep.equal([]);
    });
  }

  it('fits a 375 px phone without sideways scrolling', async () => {
    frame.style.width = '375px';
    await page.open({ hash: hashOf(FILLED) });
    await waitUntil(() => page.doc.getElementById('output-json'));
    expect(page.doc.documentElement.scrollWidth, 'page width').to.be.at.most(375);
    for (const selector of ['#preview-frame', '#output-tag', '#catalogue-search', 'button[data-copy="tag"]']) {
      const box = page.$(selector).getBoundingClientRect();
      expect(box.left, `${selector} left`).to.be.at.least(0);
      expect(box.right, `${selector} right`).to.be.at.most(375);
    }
  });

  it('works from the keyboard alone', async () => {
    await page.open();
    page.win.focus();
    const active = () => page.doc.activeElement as HTMLElement;

    // Type the policy URL, then Tab on to the next field.
    page.field('プライバシーポリシーのURL').focus();
    await sendKeys({ type: '/privacy' });
    await page.settle();
    await sendKeys({ press: 'Tab' });
    expect(active().id).to.equal('field-disclosureurl');
    expect(active().matches(':focus-visible')).to.equal(true);

    // Search the catalogue, Tab to the only result's button, add it with Enter.
    page.field('カタログから探す').focus();
    await sendKeys({ type: 'hotjar' });
    await page.settle();
    await sendKeys({ press: 'Tab' });
    expect(active().closest('li')?.getAttribute('data-vendor')).to.equal('hotjar');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => page.doc.querySelector('#chosen-vendors li[data-vendor="hotjar"]'), 'Enter did not add the vendor');

    // Turn on custom colours with Space.
    page.$('#custom-colours').focus();
    await sendKeys({ press: ' ' });
    await waitUntil(() => page.doc.getElementById('colour-bg'), 'Space did not turn on custom colours');

    // A taken category id: the message is read with the field, and focus stays there to fix it.
    page.field('カテゴリID').focus();
    await sendKeys({ type: 'analytics' });
    page.$('#add-category').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active().id === 'new-category-id', 'focus did not return to the id field');
    expect(page.text('#new-category-id-problem')).to.equal('このIDのカテゴリはすでにあります。別のIDにしてください。');

    // The outputs' copy button, reached and pressed from the keyboard.
    page.button('サイトに貼り付けるタグをコピー').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => page.copied.length === 1, 'Enter on Copy copied nothing');
    expect(page.copied[0]).to.contain('"policyUrl": "/privacy"').and.to.contain('"hotjar"');
  });
});
