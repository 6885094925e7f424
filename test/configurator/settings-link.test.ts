// The settings live in the URL hash (a link to bookmark or send) and in localStorage; "Start over" clears
// both; a link from another version opens, naming what it could not read.
import { expect } from '@open-wc/testing';
import { newConfiguratorFrame, ConfiguratorPage, STORAGE_KEY } from './configurator-page.js';

function hashOf(settings: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(settings));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `#settings=${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

describe('the configurator keeps its settings', () => {
  let frame: HTMLIFrameElement;
  let page: ConfiguratorPage;

  beforeEach(() => {
    ({ frame, page } = newConfiguratorFrame());
  });
  afterEach(() => {
    frame.remove();
    localStorage.removeItem(STORAGE_KEY);
  });

  const chosenVendors = () => Array.from(page.doc.querySelectorAll('#chosen-vendors > li')).map((li) => li.getAttribute('data-vendor'));

  it('in a link that opens them anywhere, and in this browser across reloads', async () => {
    await page.open();
    await page.type(page.field('プライバシーポリシーのURL'), '/privacy');
    await page.type(page.field('カタログから探す'), 'LINE Tag');
    await page.press(`${page.text('#catalogue-results li[data-vendor="line-tag"] .result-name')}を追加`);
    await page.choose(page.$<HTMLInputElement>('input[name="layout"][value="modal"]'));
    const link = page.win.location.hash;
    expect(link).to.match(/^#settings=[\w-]+$/);

    // Another browser (nothing stored) opening the link gets the same settings, and is told so.
    localStorage.removeItem(STORAGE_KEY);
    await page.open({ hash: link, fresh: true });
    expect(page.field('プライバシーポリシーのURL').value).to.equal('/privacy');
    expect(chosenVendors()).to.deep.equal(['line-tag']);
    expect(page.$<HTMLInputElement>('input[name="layout"][value="modal"]').checked).to.equal(true);
    expect(page.text('#load-notice')).to.equal('共有リンクの設定を読み込みました。');

    // Coming back without the link: the browser kept them.
    await page.open({ fresh: false });
    expect(page.field('プライバシーポリシーのURL').value).to.equal('/privacy');
    expect(chosenVendors()).to.deep.equal(['line-tag']);
    expect(page.doc.getElementById('load-notice')).to.equal(null);
  });

  it('opens a link from another version, keeping what it can read and naming the rest', async () => {
    // Written before settings had a version: still opens as it was.
    await page.open({ hash: hashOf({ policyUrl: '/privacy-old', layout: 'box', vendors: [{ kind: 'catalogue', id: 'ga4' }] }) });
    expect(page.field('プライバシーポリシーのURL').value).to.equal('/privacy-old');
    expect(page.$<HTMLInputElement>('input[name="layout"][value="box"]').checked).to.equal(true);
    expect(chosenVendors()).to.deep.equal(['ga4']);
    expect(page.text('#load-notice')).to.equal('共有リンクの設定を読み込みました。');

    // From a newer version, with a layout and an option this one does not know and a vendor it cannot read.
    await page.open({
      hash: hashOf({ v: 2, policyUrl: '/privacy', layout: 'sidebar', floatingButton: 'top-left', vendors: [42, { kind: 'catalogue', id: 'hotjar' }] }),
    });
    expect(page.text('#load-notice')).to.equal(
      'このリンクは新しい版の設定ツールで作られています。読み込めなかった項目があります。 リンクの次の項目は読み込めなかったため、初期値にしました：vendors[0], layout, floatingButton',
    );
    expect(page.field('プライバシーポリシーのURL').value).to.equal('/privacy');
    expect(page.$<HTMLInputElement>('input[name="layout"][value="bar"]').checked).to.equal(true);
    expect(chosenVendors()).to.deep.equal(['hotjar']);

    // A damaged link says so, and the page starts from what this browser kept.
    await page.open({ hash: '#settings=%%%', fresh: false });
    expect(page.text('#load-notice')).to.equal('リンクの設定が壊れているため読み込めませんでした。保存されていた内容か初期値で始めます。');
    expect(chosenVendors()).to.deep.equal(['hotjar']);
  });

  it('forgets everything on "Start over", once confirmed', async () => {
    await page.open();
    await page.type(page.field('プライバシーポリシーのURL'), '/privacy');
    await page.type(page.field('カタログから探す'), 'hotjar');
    await page.press(`${page.text('#catalogue-results li[data-vendor="hotjar"] .result-name')}を追加`);

    const asked: string[] = [];
    page.win.confirm = (message?: string) => (asked.push(message ?? ''), false);
    await page.press('最初からやり直す');
    expect(asked).to.deep.equal(['入力した内容をすべて消して、最初からやり直しますか？']);
    expect(chosenVendors(), 'kept when not confirmed').to.deep.equal(['hotjar']);

    page.win.confirm = () => true;
    await page.press('最初からやり直す');
    expect(page.field('プライバシーポリシーのURL').value).to.equal('');
    expect(page.doc.getElementById('chosen-vendors')).to.equal(null);
    expect(page.win.location.hash).to.equal('');
    // Reopened without a link: nothing comes back.
    await page.open({ fresh: false });
    expect(page.field('プライバシーポリシーのURL').value).to.equal('');
  });
});
