import { expect, fixture, html } from '@open-wc/testing';
import { createConsentManager } from '../../src/core/consent-manager.js';
import type { ConsentDisclosureElement } from '../../src/ui/consent-disclosure/consent-disclosure.component.js';
import '../../src/define.js';
import { recordingLogger } from '../helpers.js';

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

/** The text of `element` as the browser laid it out: one string per line. */
function renderedLines(element: Element): string[] {
  const lines: { top: number; text: string }[] = [];
  const range = document.createRange();
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!;
    for (let i = 0; i < text.length; i++) {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const box = range.getClientRects()[0];
      if (!box || !box.width) continue; // collapsed white space
      const line = lines.find((l) => Math.abs(l.top - box.top) < box.height / 2);
      if (line) line.text += text[i];
      else lines.push({ top: box.top, text: text[i] });
    }
  }
  return lines.sort((a, b) => a.top - b.top).map((l) => l.text.trim());
}

const STARTS_WITH_SMALL_KANA_OR_LONG_VOWEL = /^[ーァィゥェォッャュョヮぁぃぅぇぉっゃゅょゎ]/;

/**
 * Whether this browser keeps small kana and ー off the start of a line under `line-break: strict`, tried on
 * plain text. (WebKitGTK on Debian reports support but does not; its rendering of the rule is not ours to test.)
 */
function honoursStrictLineBreaks(): boolean {
  const probe = document.createElement('div');
  probe.lang = 'ja';
  probe.style.cssText = 'width: 40px; font-size: 15px; line-break: strict';
  probe.textContent = 'クリックやスクロールのショッピングカート';
  document.body.append(probe);
  const honoured = renderedLines(probe).every((line) => !STARTS_WITH_SMALL_KANA_OR_LONG_VOWEL.test(line));
  probe.remove();
  return honoured;
}

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
      '送信の許可（オプトアウト）',
    ]);
    const rows = Array.from(root.querySelectorAll('tbody tr'), (tr) =>
      Array.from(tr.querySelectorAll('th, td'), (cell) => cell.textContent!.replace(/\s+/g, ' ').trim()),
    );
    expect(rows[0].slice(0, 4)).to.deep.equal(['Google LLC（Google アナリティクス 4）プライバシーポリシー', 'ページのURL、Cookie ID', 'アクセス状況の分析', 'アクセス解析']);
    expect(rows[1].slice(2, 4)).to.deep.equal(['広告配信', '広告・マーケティング']);
    await expect(el).to.be.accessible();
  });

  it("links each recipient's own opt-out page in a column of its own, in Japanese and English", async () => {
    const withOptOut = [{ ...vendors[0], optOutUrl: 'https://tools.google.com/dlpage/gaoptout' }, vendors[1]];
    const cells = (root: ShadowRoot) =>
      Array.from(root.querySelectorAll('tbody tr'), (tr) => tr.querySelectorAll('th, td')[5]!.textContent!.trim());
    for (const [lang, header, link, none] of [
      ['ja', '送信先でのオプトアウト', 'オプトアウトページ', 'なし'],
      ['en', 'Opt out with the recipient', 'Opt-out page', 'None'],
    ]) {
      document.documentElement.lang = lang;
      const manager = createConsentManager({ policyUrl: '/p', vendors: withOptOut }, { gpc: false });
      const el = await fixture<ConsentDisclosureElement>(html`<consent-disclosure .manager=${manager}></consent-disclosure>`);
      const root = el.shadowRoot!;
      const headers = Array.from(root.querySelectorAll('thead th'), (th) => th.textContent);
      expect(headers, lang).to.have.length(6);
      expect(headers[5], lang).to.equal(header);
      expect(cells(root), lang).to.deep.equal([link, none]);
      const anchor = root.querySelector<HTMLAnchorElement>('tr[data-vendor="ga4"] td:last-child a')!;
      expect(anchor.href).to.equal('https://tools.google.com/dlpage/gaoptout');
      expect(anchor.target).to.equal('_blank');
      expect(anchor.rel).to.equal('noopener');
      // Reached by keyboard, after the row's switch.
      const focusable = [...root.querySelectorAll<HTMLElement>('tr[data-vendor="ga4"] a, tr[data-vendor="ga4"] [role="switch"]')];
      expect(focusable.map((e) => e.tagName.toLowerCase())).to.deep.equal(['a', 'button', 'a']);
      await expect(el, lang).to.be.accessible();
    }
  });

  it('shows no opt-out column when no recipient has a page, and never links an unsafe address', async () => {
    document.documentElement.lang = 'en';
    const manager = createConsentManager(
      { policyUrl: '/p', vendors: [{ ...vendors[0], optOutUrl: 'javascript:alert(1)' }, vendors[1]] },
      { gpc: false, log: recordingLogger() },
    );
    const el = await fixture<ConsentDisclosureElement>(html`<consent-disclosure .manager=${manager}></consent-disclosure>`);
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('thead th')).to.have.length(5);
    expect(root.querySelector('a[href^="javascript:"]')).to.equal(null);
  });

  it('breaks Japanese lines as a typesetter would, at every table width', async () => {
    document.documentElement.lang = 'ja';
    const wordy = {
      id: 'ads',
      name: 'デモ広告ネットワーク株式会社',
      category: 'marketing',
      data: 'ページのURL、リファラー、ブラウザやデバイスの情報、クリックやスクロールの操作履歴、ショッピングカートの内容',
      purpose: 'サービスの改善やマーケティング、パーソナライズされた広告のレコメンデーション、キャンペーンの効果測定',
      policyUrl: 'https://ads.example/privacy',
    };
    const manager = createConsentManager({ policyUrl: '/p', vendors: [...vendors, wordy] }, { gpc: false });
    const el = await fixture<ConsentDisclosureElement>(html`<consent-disclosure .manager=${manager}></consent-disclosure>`);
    const root = el.shadowRoot!;
    const kinsoku = honoursStrictLineBreaks();
    if (!kinsoku) console.warn('This browser does not apply line-break: strict; the line-start check is skipped here.');
    for (let width = 360; width <= 720; width += 24) {
      el.style.width = `${width}px`;
      for (const cell of kinsoku ? root.querySelectorAll('tbody th, tbody td') : []) {
        for (const line of renderedLines(cell).slice(1)) {
          expect(line, `${width}px: a line starts with a small kana or a long-vowel mark`).not.to.match(STARTS_WITH_SMALL_KANA_OR_LONG_VOWEL);
        }
      }
      for (const link of root.querySelectorAll('tbody a')) {
        expect(renderedLines(link), `${width}px: a policy link is broken`).to.deep.equal(['プライバシーポリシー']);
      }
      const category = renderedLines(root.querySelector('tr[data-vendor="ads"] .category')!);
      expect([['広告・マーケティング'], ['広告・', 'マーケティング']], `${width}px: the category name is broken inside a word`).to.deep.include(category);
    }
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
