// The whole path a site owner takes (issue 19): import a scan, pick two more catalogue vendors, add a
// category, choose a layout and colours, copy the tag and the 外部送信 HTML, paste both into a blank page,
// and check that the page shows the configured banner, gates a marked script and discloses exactly the
// chosen recipients.
import { expect } from '@open-wc/testing';
import { clearCookies, waitUntil } from '../helpers.js';
import { ConfiguratorPage } from './configurator-page.js';

const SCAN_FIXTURE = new URL('./fixtures/scan.json', import.meta.url).href;

function bannerRoot(doc: Document): ShadowRoot | null {
  return doc.querySelector('consent-banner')?.shadowRoot ?? null;
}

describe('the configurator, from a scan to a working page', () => {
  let frame: HTMLIFrameElement;
  let site: HTMLIFrameElement;
  let page: ConfiguratorPage;

  beforeEach(() => {
    clearCookies();
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1280px; height: 900px';
    site = document.createElement('iframe');
    site.style.cssText = 'width: 1024px; height: 700px';
    document.body.append(frame, site);
    page = new ConfiguratorPage(frame);
  });
  afterEach(() => {
    frame.remove();
    site.remove();
    clearCookies();
  });

  it('builds a tag and a 外部送信 page that work when pasted into a blank page', async () => {
    await page.open();

    // 1. Import the scan (the real output of `consent-banner scan --json` against the scanner's fixture site).
    const scan = await (await fetch(SCAN_FIXTURE)).text();
    await page.type(page.field('スキャン結果を貼り付け'), scan);
    await page.press('読み込む');
    expect(page.text('#scan-message')).to.contain('3件の送信先を追加しました');
    // The unknown host needs the site owner's words before it can be published.
    const unknown = page.$('#chosen-vendors li[data-vendor="127.0.0.1"]');
    expect(unknown.textContent).to.contain('送信される情報を入力してください');
    expect(page.$('#outputs-blocked').textContent).to.contain('問題');

    // 2. Two more vendors from the catalogue: one by its English name, one by a cookie name it sets.
    await page.type(page.field('カタログから探す'), 'YouTube');
    await page.press(`${page.text('#catalogue-results li[data-vendor="youtube"] .result-name')}を追加`);
    await page.type(page.field('カタログから探す'), '_clck');
    expect(Array.from(page.doc.querySelectorAll('#catalogue-results li')).map((li) => li.getAttribute('data-vendor'))).to.deep.equal(['microsoft-clarity']);
    await page.press(`${page.text('#catalogue-results li[data-vendor="microsoft-clarity"] .result-name')}を追加`);

    // 3. A category of the site's own, which the unknown host's data goes under.
    await page.type(page.field('カテゴリID'), 'chat');
    await page.type(page.field('名前（日本語）', page.$('.add-category')), 'チャットサポート');
    await page.type(page.field('名前（英語）', page.$('.add-category')), 'Chat support');
    await page.type(page.field('説明（日本語）', page.$('.add-category')), '問い合わせ用のチャット窓口を表示します。');
    await page.type(page.field('説明（英語）', page.$('.add-category')), 'Shows the chat window for questions.');
    await page.press('カテゴリを追加');
    expect(page.doc.querySelector('[data-category="chat"]')).to.not.equal(null);

    await page.type(page.field('事業者名（サービス名）（日本語）', unknown), '株式会社チャットサンプル');
    await page.type(page.field('事業者名（サービス名）（英語）', unknown), 'Chat Sample Inc.');
    await page.choose(page.field<HTMLSelectElement>('カテゴリ', unknown), 'chat');
    await page.type(page.field('送信される情報（日本語）', unknown), 'ページのURL、チャットの入力内容');
    await page.type(page.field('送信される情報（英語）', unknown), 'Page URL and what you type into the chat');
    await page.type(page.field('利用目的（日本語）', unknown), 'チャットでの問い合わせ対応');
    await page.type(page.field('利用目的（英語）', unknown), 'Answering questions by chat');

    // 4. Layout and colours.
    await page.choose(page.$<HTMLInputElement>('input[name="layout"][value="box"]'));
    await page.choose(page.$<HTMLInputElement>('input[name="theme"][value="light"]'));
    await page.choose(page.$<HTMLInputElement>('#custom-colours'));
    await page.choose(page.$<HTMLInputElement>('#colour-accent'), '#7a4a1e');
    await page.choose(page.$<HTMLInputElement>('#colour-choice-bg'), '#2b2118');

    // The basics, and where this test's server has the script.
    await page.type(page.field('プライバシーポリシーのURL'), '/privacy');
    await page.type(page.field('ポリシーの版'), '2026-12');
    await page.type(page.field('consent-banner.js のURL'), '/dist/consent-banner.js');
    expect(page.doc.getElementById('outputs-blocked'), 'no problems left').to.equal(null);

    // 5. Copy the tag and the 外部送信 HTML.
    const tag = await page.copy('サイトに貼り付けるタグ');
    const disclosure = await page.copy('外部送信ページ');
    expect(tag).to.contain('src="/dist/consent-banner.js"');
    expect(disclosure).to.contain('<consent-disclosure></consent-disclosure>');
    expect(disclosure).to.match(/^<p>当サイトでは、.*アクセス解析.*広告・マーケティング.*チャットサポート.*のため/);

    // 6. Paste both into a blank page served by the test server, with a marked script.
    const html = `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>貼り付けたページ</title>
${tag}
</head>
<body>
<h1>やまびこ珈琲</h1>
<p id="tracker">not run</p>
<script type="text/plain" data-consent="analytics">document.getElementById('tracker').textContent = 'ran';</script>
${disclosure}
</body>
</html>`;
    const name = `path-${Date.now()}`;
    await fetch(`/configurator-pasted/${name}`, { method: 'PUT', body: html });
    const loaded = new Promise((resolve) => site.addEventListener('load', resolve, { once: true }));
    site.src = `/configurator-pasted/${name}`;
    await loaded;
    const doc = site.contentDocument!;

    // 7. The configured banner shows, in the corner box with the chosen colours, and the marked script waits.
    await waitUntil(() => bannerRoot(doc)?.querySelector('[part~="banner"]'), 'the pasted page shows no banner');
    const banner = doc.querySelector('consent-banner')!;
    expect(banner.getAttribute('layout')).to.equal('box');
    expect(site.contentWindow!.getComputedStyle(banner).getPropertyValue('--consent-accent').trim()).to.equal('#7a4a1e');
    const button = (label: string) => Array.from(bannerRoot(doc)!.querySelectorAll('button')).find((b) => b.textContent!.trim() === label);
    expect(doc.getElementById('tracker')!.textContent).to.equal('not run');
    // The site's own category is offered in the preferences.
    button('設定を選ぶ')!.click();
    await waitUntil(() => bannerRoot(doc)?.querySelector('dialog[open]')?.textContent?.includes('チャットサポート'), 'the preferences do not offer the site category');
    button('すべて同意する')!.click();
    await waitUntil(() => doc.getElementById('tracker')!.textContent === 'ran', 'the marked script did not run after Accept all');

    // 8. The disclosure table lists exactly the chosen recipients (the widget puts the site's own first).
    const table = () => doc.querySelector('consent-disclosure')?.shadowRoot?.querySelectorAll('tr[data-vendor]');
    await waitUntil(() => table()?.length, 'the pasted page shows no disclosure table');
    const listed = Array.from(table()!).map((row) => row.getAttribute('data-vendor'));
    expect([...listed].sort()).to.deep.equal(['127.0.0.1', 'ga4', 'meta-pixel', 'microsoft-clarity', 'youtube']);
    expect(doc.querySelector('consent-disclosure')!.shadowRoot!.textContent).to.contain('株式会社チャットサンプル');
  });
});
