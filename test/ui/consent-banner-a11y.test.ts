import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createConsentManager, type ConsentManager } from '../../src/core/consent-manager.js';
import type { ConsentConfigInput } from '../../src/core/config.js';
import { mountConsentBanner } from '../../src/ui/mount.js';
import '../../src/define.js';
import { waitUntil } from '../helpers.js';
import { deepActiveElement, renderBanner } from './banner-harness.js';

/** Every banner here links both the policy and the external transmission page. */
const WITH_LINKS = { disclosureUrl: '/external' };

const rect = (el: Element) => el.getBoundingClientRect();

describe('<consent-banner> accessibility, layouts and theming', () => {
  const originalLang = document.documentElement.lang;
  beforeEach(() => (document.documentElement.lang = 'ja'));
  afterEach(() => {
    document.documentElement.lang = originalLang;
    document.documentElement.style.scrollPaddingBottom = '';
    document.getElementById('host-css')?.remove();
  });

  for (const layout of ['bar', 'bar-top', 'box'] as const) {
    it(`the ${layout} layout is axe-clean, stays at its edge, and does not take focus from the page`, async () => {
      const outside = document.createElement('button');
      outside.textContent = 'page';
      document.body.append(outside);
      outside.focus();
      const { root, el } = await renderBanner({ ...WITH_LINKS, layout });
      expect(el.getAttribute('layout')).to.equal(layout);
      const banner = root.querySelector('[part~="banner"]')!;
      const box = rect(banner);
      if (layout === 'bar') expect(Math.round(box.bottom)).to.equal(innerHeight);
      if (layout === 'bar-top') expect(Math.round(box.top)).to.equal(0);
      if (layout === 'box') expect(box.width).to.be.at.most(420);
      expect(box.height, 'leaves most of the page visible').to.be.below(innerHeight * 0.6);
      expect(document.activeElement === outside, 'focus stays on the page').to.equal(true);
      await expect(banner).to.be.accessible();
      outside.remove();
    });
  }

  it('the modal layout is a real modal dialog that Escape does not dismiss without a choice', async () => {
    const { root, manager, el } = await renderBanner({ ...WITH_LINKS, layout: 'modal' });
    const dialog = root.querySelector<HTMLDialogElement>('dialog.banner-dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.contains(deepActiveElement()), 'focus is in the dialog').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog.open, 'still open after Escape').to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(manager.getView()).to.equal('banner');
    await expect(dialog).to.be.accessible();
  });

  it('the dark theme is axe-clean (contrast included) and differs from the light one', async () => {
    const light = await renderBanner({ ...WITH_LINKS, theme: 'light' });
    const dark = await renderBanner({ ...WITH_LINKS, theme: 'dark' });
    const background = (r: ShadowRoot) => getComputedStyle(r.querySelector('[part~="banner"]')!).backgroundColor;
    expect(background(dark.root)).to.not.equal(background(light.root));
    await expect(dark.root.querySelector('[part~="banner"]')).to.be.accessible();
    dark.manager.showPreferences();
    await dark.el.updateComplete;
    await expect(dark.root.querySelector('dialog')).to.be.accessible();
  });

  it('every button and switch is at least 24 × 24 px', async () => {
    const { root, manager, el } = await renderBanner(WITH_LINKS);
    manager.showPreferences();
    await el.updateComplete;
    for (const target of root.querySelectorAll('button')) {
      const { width, height } = rect(target);
      expect(Math.min(width, height), target.textContent!.trim()).to.be.at.least(24);
    }
  });

  it('keeps focused page content clear of the bar (scroll padding as tall as the bar)', async () => {
    const { root } = await renderBanner({ ...WITH_LINKS, layout: 'bar' });
    const bar = root.querySelector<HTMLElement>('[part~="banner"]')!;
    await waitUntil(() => document.documentElement.style.scrollPaddingBottom === `${bar.offsetHeight}px`);
  });

  it('lets the page\'s last link scroll clear of the bottom bar when focused, and gives the room back after', async () => {
    const page = document.createElement('div');
    page.innerHTML = '<div style="height: 1500px"></div><footer><a href="#end">Last link</a></footer>';
    document.body.append(page);
    const { root, manager, el } = await renderBanner({ ...WITH_LINKS, layout: 'bar' });
    const bar = root.querySelector<HTMLElement>('[part~="banner"]')!;
    await waitUntil(() => document.documentElement.style.scrollPaddingBottom === `${bar.offsetHeight}px`);
    const link = page.querySelector('a')!;
    link.focus();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(link.getBoundingClientRect().bottom, 'the link is above the bar').to.be.at.most(bar.getBoundingClientRect().top);
    manager.rejectAll('banner');
    await el.updateComplete;
    expect(document.querySelector('[data-consent-banner-room]') === null, 'no room left once the bar is gone').to.equal(true);
    page.remove();
  });

  it('announces a saved decision once in a live region', async () => {
    const { root, manager, el } = await renderBanner(WITH_LINKS);
    const live = root.querySelector('[role="status"]')!;
    expect(live.textContent).to.equal('');
    manager.acceptAll('banner');
    await waitUntil(() => live.textContent, 'nothing announced');
    await el.updateComplete;
    expect(live.textContent).to.equal('選択した内容を保存しました。');
  });

  it('is not shrunk or restyled by the page\'s own CSS, and its CSS does not leak out', async () => {
    const style = document.createElement('style');
    style.id = 'host-css';
    style.textContent = `html { font-size: 62.5% } * { margin: 0; padding: 0; letter-spacing: 3px } button { font-size: 8px !important; background: red; border-radius: 0 } div, [role=dialog] { display: block; color: lime }`;
    document.head.append(style);
    const { root } = await renderBanner(WITH_LINKS);
    const accept = root.querySelector<HTMLElement>('[part~="button-accept"]')!;
    expect(getComputedStyle(accept).fontSize).to.equal('15px');
    expect(getComputedStyle(accept).backgroundColor).to.not.equal('rgb(255, 0, 0)');
    expect(getComputedStyle(root.querySelector('h2')!).letterSpacing).to.equal('normal');
    const pageButton = document.createElement('button');
    document.body.append(pageButton);
    expect(getComputedStyle(pageButton).minHeight, 'widget styles stay in the shadow root').to.not.equal('44px');
    pageButton.remove();
  });

  it('can be restyled with custom properties only', async () => {
    const { el, root } = await renderBanner(WITH_LINKS);
    el.style.setProperty('--consent-choice-bg', 'rgb(122, 74, 30)');
    el.style.setProperty('--consent-radius', '2px');
    const accept = root.querySelector<HTMLElement>('[part~="button-accept"]')!;
    const reject = root.querySelector<HTMLElement>('[part~="button-reject"]')!;
    expect(getComputedStyle(accept).backgroundColor).to.equal('rgb(122, 74, 30)');
    expect(getComputedStyle(reject).backgroundColor, 'both choices stay alike').to.equal('rgb(122, 74, 30)');
    expect(getComputedStyle(accept).borderTopLeftRadius).to.equal('1px');
  });

  it('the floating button appears for a decided visitor, is labelled, and opens the settings', async () => {
    const { root, manager, el } = await renderBanner({ ...WITH_LINKS, floatingButton: 'bottom-right' });
    expect(root.querySelector('[part~="floating-button"]') === null, 'not while the banner shows').to.equal(true);
    manager.rejectAll('banner');
    await el.updateComplete;
    const button = root.querySelector<HTMLElement>('[part~="floating-button"]')!;
    expect(button.getAttribute('aria-label')).to.equal('Cookie設定');
    await expect(button).to.be.accessible();
    button.focus();
    button.click();
    await el.updateComplete;
    expect(manager.getView()).to.equal('preferences');
    expect(root.querySelector<HTMLDialogElement>('dialog[part="preferences"]')!.open).to.equal(true);

    // Closing the settings puts focus back on the corner button, though it was rendered anew.
    manager.closePreferences();
    await el.updateComplete;
    expect(root.activeElement?.getAttribute('part')).to.equal('floating-button');
  });

  it('is the first stop in the tab order, after a skip link', async () => {
    const skip = document.createElement('a');
    skip.href = '#main';
    skip.textContent = 'Skip to content';
    document.body.prepend(skip);
    const manager: ConsentManager = createConsentManager({ policyUrl: '/p' }, { gpc: false });
    const element = await mountConsentBanner(manager);
    expect(skip.nextElementSibling === element, 'right after the skip link').to.equal(true);
    element.remove();
    skip.remove();
  });

  it('takes the site\'s own texts, and an added language falls back to English for what it leaves out', async () => {
    document.documentElement.lang = 'ko';
    const { root } = await renderBanner({
      ...WITH_LINKS,
      texts: {
        ko: { acceptAll: '모두 동의', rejectAll: '모두 거부', bannerText: '{purposes} 목적으로 쿠키를 사용합니다.' },
        ja: { customize: '詳しく選ぶ' },
      },
    });
    const labels = Array.from(root.querySelectorAll('.banner button'), (b) => b.textContent!.trim());
    expect(labels).to.deep.equal(['모두 동의', '모두 거부', 'Customize']);
    expect(root.querySelector('[part~="text"]')!.textContent).to.contain('marketing 목적으로 쿠키를 사용합니다.');
  });

  it('names built-in categories in an added language from categories.<id>.title, and keeps the built-in names elsewhere', async () => {
    const config: ConsentConfigInput = {
      texts: { ko: { bannerText: '{purposes} 목적으로 쿠키를 사용합니다.' } },
      categories: {
        service: { title: { ko: '서비스 제공' } },
        analytics: { title: { ko: '분석' } },
        marketing: { title: { ko: '마케팅', en: 'Advertising' } },
      },
    };
    const sentence = async (lang: string) => {
      document.documentElement.lang = lang;
      const { root, el } = await renderBanner({ ...WITH_LINKS, ...config });
      const text = root.querySelector('[part~="text"]')!.textContent!;
      el.remove();
      return text;
    };
    expect(await sentence('ko')).to.contain(`${new Intl.ListFormat('ko').format(['서비스 제공', '분석', '마케팅'])} 목적으로`);
    // A title written only in Korean does not replace the Japanese or English name.
    expect(await sentence('ja')).to.contain('サービスの提供、アクセス解析、広告・マーケティングのために');
    expect(await sentence('en')).to.contain('providing the service, analytics, and Advertising.');
  });

  it('keeps each link\'s name on one line, whatever the length of the line', async () => {
    const { el, root } = await renderBanner(WITH_LINKS);
    const links = Array.from(root.querySelectorAll('[part~="banner"] a'), (a) => [a.textContent, a] as const);
    expect(links.map(([name]) => name)).to.deep.equal(['プライバシーポリシー', '外部送信ポリシー']);
    for (let width = 300; width <= 760; width += 20) {
      el.style.setProperty('--consent-max-width', `${width}px`);
      for (const [name, link] of links) expect(link.getClientRects().length, `${name} at ${width}px`).to.equal(1);
    }
  });

  it('is usable at 320 px wide: nothing overflows sideways', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 320px; height: 640px; border: 0';
    frame.src = new URL('../e2e/fixtures/site.html', import.meta.url).href;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const doc = frame.contentDocument!;
    await waitUntil(() => doc.querySelector('consent-banner')?.shadowRoot?.querySelector('[part~="banner"]'));
    const banner = doc.querySelector('consent-banner')!.shadowRoot!.querySelector<HTMLElement>('[part~="banner"]')!;
    expect(banner.scrollWidth).to.be.at.most(banner.clientWidth);
    for (const button of banner.querySelectorAll('button')) expect(rect(button).right).to.be.at.most(320);
    frame.remove();
  });

  // 360x520: a small phone; 320x256: a 1280x1024 screen at 400% zoom, where the dialog scrolls as a whole.
  for (const [width, height] of [[360, 520], [320, 256]]) {
    it(`at ${width}x${height}, every control in the preferences can be focused and seen, none behind their buttons`, async () => {
      const frame = document.createElement('iframe');
      frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
      frame.src = new URL('../e2e/fixtures/site.html', import.meta.url).href;
      document.body.append(frame);
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const win = frame.contentWindow as Window;
      await waitUntil(() => win.document.querySelector('consent-banner')?.shadowRoot?.querySelector('[part~="banner"]'));
      win.consentBanner!.showPreferences();
      const root = win.document.querySelector('consent-banner')!.shadowRoot!;
      await waitUntil(() => root.querySelector('dialog[open] [part~="switch"]'), 'no preferences');
      const dialog = root.querySelector('dialog')!;
      const footer = dialog.querySelector('[part~="actions"]')!;
      const body = dialog.querySelector('.dialog-body')!;
      expect([dialog, body].some((box) => box.scrollHeight > box.clientHeight), 'the fixture must need scrolling').to.equal(true);
      const controls = Array.from(body.querySelectorAll<HTMLElement>('a, button, input'));
      expect(controls.length).to.be.above(3);
      const frameDone = () => new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
      for (const control of controls) {
        control.focus();
        await frameDone(); // WebKit scrolls a focused element into view after the call returns
        const box = control.getBoundingClientRect();
        const name = control.outerHTML.slice(0, 60);
        const seen = root.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        expect(!!seen && control.contains(seen), `${name} is hidden (${seen?.outerHTML.slice(0, 40)} is there)`).to.equal(true);
        expect(box.bottom, `${name} is below the buttons`).to.be.at.most(footer.getBoundingClientRect().top + 1);
      }
      frame.remove();
    });
  }
});
