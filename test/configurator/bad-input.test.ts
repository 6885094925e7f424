// Bad input is refused with a message next to its field, and nothing already entered is lost: a broken
// scan file, a colour pair below WCAG AA, a duplicate category id, and a value the widget itself rejects.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers.js';
import { newConfiguratorFrame, type ConfiguratorPage } from './configurator-page.js';

describe('the configurator refuses bad input', () => {
  let frame: HTMLIFrameElement;
  let page: ConfiguratorPage;

  beforeEach(async () => {
    ({ frame, page } = newConfiguratorFrame());
    await page.open();
    await page.type(page.field('プライバシーポリシーのURL'), '/privacy');
    await page.type(page.field('カタログから探す'), 'Google アナリティクス');
    await page.press(`${page.text('#catalogue-results li[data-vendor="ga4"] .result-name')}を追加`);
  });
  afterEach(() => frame.remove());

  const chosenVendors = () => Array.from(page.doc.querySelectorAll('#chosen-vendors > li')).map((li) => li.getAttribute('data-vendor'));

  it('says why a scan file cannot be read, next to the import, and keeps what was entered', async () => {
    const input = page.$<HTMLInputElement>('#scan-file');
    const files = new DataTransfer();
    files.items.add(new File(['{"url": "https://shop.example.jp/", "report": {"vendors": ['], 'scan.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => page.text('#scan-message'), 'no message about the broken file');

    expect(page.text('#scan-message')).to.match(/^JSONとして読めませんでした（.+）。ファイルを確かめてください。入力済みの内容は変わっていません。$/);
    expect(input.getAttribute('aria-describedby')).to.contain('scan-message');
    expect(chosenVendors()).to.deep.equal(['ga4']);
    expect(page.field('プライバシーポリシーのURL').value).to.equal('/privacy');

    // Valid JSON of another shape is refused too, and the pasted text stays in the field to be corrected.
    await page.type(page.field('スキャン結果を貼り付け'), '{"vendors": ["ga4"]}');
    await page.press('読み込む');
    expect(page.text('#scan-message')).to.equal('「consent-banner scan --json」の出力ではないようです。入力済みの内容は変わっていません。');
    expect(page.field<HTMLTextAreaElement>('スキャン結果を貼り付け').value).to.equal('{"vendors": ["ga4"]}');
    expect(chosenVendors()).to.deep.equal(['ga4']);
  });

  it('takes a scan file dropped on the import box', async () => {
    const scan = await (await fetch(new URL('./fixtures/scan.json', import.meta.url))).text();
    const files = new DataTransfer();
    files.items.add(new File([scan], 'scan.json', { type: 'application/json' }));
    const zone = page.$('.drop-zone');
    zone.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: files }));
    zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: files }));
    await waitUntil(() => page.text('#scan-message'), 'the dropped file was not read');
    expect(page.text('#scan-message')).to.match(/^2件の送信先を追加しました（1件は追加済み）。/);
    expect(chosenVendors()).to.deep.equal(['ga4', 'meta-pixel', '127.0.0.1']);
  });

  it('refuses a colour pair below 4.5:1, with the ratio and why, until it is fixed', async () => {
    await page.choose(page.$<HTMLInputElement>('#custom-colours'));
    await page.choose(page.$<HTMLInputElement>('#colour-accent'), '#7a4a1e');
    await page.choose(page.$<HTMLInputElement>('#colour-fg'), '#777777');

    const pair = page.$('#contrast-fg-on-bg');
    expect(pair.className).to.equal('problem');
    expect(pair.textContent).to.contain('コントラスト比が 4.47:1 で、WCAG AA の基準 4.5:1 に届きません');
    expect(page.$('#colour-fg').getAttribute('aria-describedby')).to.contain('contrast-fg-on-bg');
    // Refused: no output carries it, and the preview keeps the widget's own text colour.
    expect(page.doc.getElementById('outputs-blocked')).to.not.equal(null);
    expect(page.doc.getElementById('output-tag')).to.equal(null);
    await waitUntil(() => page.$<HTMLIFrameElement>('#preview-frame').contentDocument?.querySelector('consent-banner'), 'no preview');
    const previewHtml = page.$<HTMLIFrameElement>('#preview-frame').contentDocument!.documentElement.outerHTML;
    expect(previewHtml).to.not.contain('#777777');
    // Nothing entered is lost: the refused colour stays in its field to be adjusted, the others stay too.
    expect(page.$<HTMLInputElement>('#colour-fg').value).to.equal('#777777');
    expect(page.$<HTMLInputElement>('#colour-accent').value).to.equal('#7a4a1e');
    expect(chosenVendors()).to.deep.equal(['ga4']);

    await page.choose(page.$<HTMLInputElement>('#colour-fg'), '#555555');
    expect(page.$('#contrast-fg-on-bg').className).to.equal('ok');
    expect(page.$<HTMLTextAreaElement>('#output-tag').value).to.contain('--consent-fg: #555555;');
    expect(page.$<HTMLTextAreaElement>('#output-tag').value).to.contain('--consent-accent: #7a4a1e;');
  });

  it('refuses a category id that is taken or that the widget would reject, next to the id, keeping the form', async () => {
    const form = page.$('.add-category');
    const fill = async (id: string) => {
      await page.type(page.field('カテゴリID'), id);
      await page.type(page.field('名前（日本語）', form), 'チャットサポート');
      await page.type(page.field('名前（英語）', form), 'Chat support');
      await page.type(page.field('説明（日本語）', form), 'チャット窓口を表示します。');
      await page.type(page.field('説明（英語）', form), 'Shows the chat window.');
    };
    await fill('chat');
    await page.press('カテゴリを追加');
    expect(page.doc.querySelectorAll('[data-category="chat"]').length).to.equal(1);

    await fill('chat');
    await page.press('カテゴリを追加');
    const problem = page.$('#new-category-id-problem');
    expect(problem.textContent!.trim()).to.equal('このIDのカテゴリはすでにあります。別のIDにしてください。');
    expect(page.field('カテゴリID').getAttribute('aria-invalid')).to.equal('true');
    expect(page.field('カテゴリID').getAttribute('aria-describedby')).to.contain('new-category-id-problem');
    expect(page.doc.activeElement).to.equal(page.field('カテゴリID'));
    expect(page.doc.querySelectorAll('[data-category="chat"]').length, 'not added twice').to.equal(1);
    expect(page.field('名前（日本語）', form).value, 'the form keeps its texts').to.equal('チャットサポート');

    // A built-in id is taken too.
    await page.type(page.field('カテゴリID'), 'analytics');
    await page.press('カテゴリを追加');
    expect(page.text('#new-category-id-problem')).to.equal('このIDのカテゴリはすでにあります。別のIDにしてください。');

    // An id the widget rejects: its own message.
    await page.type(page.field('カテゴリID'), 'Chat!');
    await page.press('カテゴリを追加');
    expect(page.text('#new-category-id-problem')).to.contain('Category id "Chat!" is invalid');

    await page.type(page.field('カテゴリID'), 'chat-2');
    await page.press('カテゴリを追加');
    expect(page.$('#new-category-id-problem').hidden).to.equal(true);
    expect(page.doc.querySelectorAll('[data-category="chat-2"]').length).to.equal(1);
  });

  it('shows the widget’s own message next to a value it rejects, and withholds the outputs', async () => {
    await page.type(page.field('プライバシーポリシーのURL'), 'javascript:alert(1)');
    const problems = page.$('#problems-policyurl');
    // What it means in Japanese, then the widget's own message as it would print it.
    expect(problems.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'http(s) のURLか、/privacy のような相対URLにしてください。 ウィジェットの検査結果（英語）： ' +
        'Option "policyUrl" must be an http(s) or relative URL; got "javascript:alert(1)". The banner shows no policy link.',
    );
    expect(problems.querySelector('[lang="en"]')!.textContent).to.match(/^Option "policyUrl"/);
    expect(page.field('プライバシーポリシーのURL').getAttribute('aria-describedby')).to.contain('problems-policyurl');
    expect(page.$('#outputs-blocked').textContent).to.contain('設定に問題が1件あります');

    await page.type(page.field('プライバシーポリシーのURL'), '/privacy');
    expect(page.$('#problems-policyurl').hidden).to.equal(true);
    expect(JSON.parse(page.$<HTMLTextAreaElement>('#output-json').value)).to.deep.equal({ policyUrl: '/privacy', vendors: ['ga4'] });
  });
});
