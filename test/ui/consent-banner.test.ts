import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ConsentChangeEvent } from '../../src/core/events.js';
import { installOpenLinks } from '../../src/core/open-links.js';
import { createCookieStorage } from '../../src/core/storage.js';
import { clearCookies, nextEvent, readCookie, waitUntil } from '../helpers.js';
import { deepActiveElement, renderBanner } from './banner-harness.js';

const config = {
  policyUrl: '/privacy',
  categories: { newsletter: { title: { ja: 'メールマガジン', en: 'Newsletter' }, description: { ja: 'お知らせの配信', en: 'News by e-mail' } } },
};

describe('<consent-banner>', () => {
  const originalLang = document.documentElement.lang;
  beforeEach(() => {
    clearCookies();
    document.documentElement.lang = 'ja';
  });
  afterEach(() => {
    clearCookies();
    document.documentElement.lang = originalLang;
  });

  it('shows the first layer in Japanese: title, purposes, policy link and the three buttons', async () => {
    const { root } = await renderBanner(config);
    const banner = root.querySelector('[part~="banner"]')!;
    expect(banner.getAttribute('role')).to.equal('region');
    expect(root.querySelector('h2')!.textContent).to.equal('Cookieの利用について');
    expect(banner.textContent).to.contain('サービスの提供、アクセス解析、広告・マーケティング、メールマガジン');
    expect(root.querySelector('a')!.getAttribute('href')).to.equal('/privacy');
    expect(Array.from(banner.querySelectorAll('button'), (b) => b.textContent!.trim())).to.deep.equal([
      'すべて同意する',
      'すべて拒否する',
      '設定を選ぶ',
    ]);
    await expect(root.querySelector('section')).to.be.accessible();
  });

  it('shows every string in English on an English page, and follows a language switch', async () => {
    document.documentElement.lang = 'en';
    const { root, el } = await renderBanner(config);
    expect(root.querySelector('h2')!.textContent).to.equal('Cookies on this site');
    expect(root.textContent).to.contain('providing the service, analytics, marketing, and Newsletter');
    expect(Array.from(root.querySelectorAll('button'), (b) => b.textContent!.trim())).to.deep.equal([
      'Accept all',
      'Reject all',
      'Customize',
    ]);
    document.documentElement.lang = 'ja';
    await waitUntil(() => root.querySelector('h2')!.textContent === 'Cookieの利用について');
    await el.updateComplete;
    expect(root.textContent).to.not.match(/[A-Z][a-z]+ all/);
  });

  it('makes Accept all and Reject all look exactly alike', async () => {
    const { button } = await renderBanner(config);
    const look = (b: HTMLElement) => {
      const s = getComputedStyle(b);
      return [s.backgroundColor, s.color, s.fontSize, s.fontWeight, s.borderColor, s.borderRadius, s.paddingTop, s.height];
    };
    expect(look(button('すべて同意する'))).to.deep.equal(look(button('すべて拒否する')));
  });

  it('accept all writes the cookie, fires consent-change from the element and hides the banner', async () => {
    const { el, root, button } = await renderBanner(config, { storage: createCookieStorage({ name: 'consent_banner' }) });
    const change = nextEvent<ConsentChangeEvent>(document, 'consent-change');
    button('すべて同意する').click();
    const event = await change;
    expect(event.target === el, 'dispatched from the element').to.equal(true);
    expect(event.detail).to.deep.equal({
      state: { service: true, analytics: true, marketing: true, newsletter: true },
      changed: ['analytics', 'marketing', 'newsletter'],
      source: 'banner',
    });
    expect(readCookie('consent_banner')).to.match(/^1\|1\|\d+\|[a-z0-9]{16}\|analytics\+marketing\+newsletter$/);
    await el.updateComplete;
    expect(root.querySelector('section') === null, 'banner gone').to.equal(true);
  });

  it('preferences: one switch per category, none pre-ticked, service locked with a reason', async () => {
    const { root, button, el } = await renderBanner(config);
    button('設定を選ぶ').click();
    await el.updateComplete;
    const dialog = root.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    const switches = Array.from(dialog.querySelectorAll<HTMLElement>('[role="switch"]'));
    expect(switches.map((s) => s.getAttribute('aria-checked'))).to.deep.equal(['true', 'false', 'false', 'false']);
    const service = switches[0];
    expect(service.getAttribute('aria-disabled')).to.equal('true');
    const reasons = service.getAttribute('aria-describedby')!.split(' ').map((id) => root.getElementById(id)!.textContent);
    expect(reasons.join(' ')).to.contain('オフにはできません');
    service.click();
    await el.updateComplete;
    expect(service.getAttribute('aria-checked')).to.equal('true');
    await expect(dialog).to.be.accessible();
  });

  it('saving the switches stores exactly what was chosen', async () => {
    const { root, button, el, manager, switchFor } = await renderBanner(config, { storage: createCookieStorage({ name: 'consent_banner' }) });
    button('設定を選ぶ').click();
    await el.updateComplete;
    switchFor('analytics').click();
    switchFor('newsletter').click();
    switchFor('newsletter').click();
    await el.updateComplete;
    expect(switchFor('analytics').getAttribute('aria-checked')).to.equal('true');
    const change = nextEvent<ConsentChangeEvent>(document, 'consent-change');
    button('選択した内容を保存').click();
    expect((await change).detail).to.deep.include({ changed: ['analytics'], source: 'preferences' });
    expect(manager.getState()).to.deep.equal({ service: true, analytics: true, marketing: false, newsletter: false });
    expect(readCookie('consent_banner')).to.match(/\|analytics$/);
    await el.updateComplete;
    expect(root.querySelector('dialog') === null, 'dialog closed').to.equal(true);
  });

  it('a data-consent-open link reopens the preferences with the saved choice', async () => {
    const { manager, el, root, switchFor } = await renderBanner(config);
    manager.set({ marketing: true }, 'banner');
    await el.updateComplete;
    const link = document.createElement('a');
    link.href = '#';
    link.setAttribute('data-consent-open', '');
    link.textContent = 'Cookie設定';
    document.body.append(link);
    const remove = installOpenLinks(document, manager);
    link.click();
    await el.updateComplete;
    expect(root.querySelector('dialog')!.open).to.equal(true);
    expect(switchFor('marketing').getAttribute('aria-checked')).to.equal('true');
    remove();
    link.remove();
  });

  it('works with the keyboard alone: Tab to each button, Space toggles, Escape closes and returns focus', async () => {
    const { root, button, el, manager, switchFor } = await renderBanner(config);
    const customize = button('設定を選ぶ');
    customize.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const dialog = root.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.contains(deepActiveElement())).to.equal(true);

    const analytics = switchFor('analytics');
    analytics.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(analytics.getAttribute('aria-checked')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(analytics.getAttribute('aria-checked')).to.equal('false');

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(root.querySelector('dialog') === null, 'dialog closed').to.equal(true);
    expect(manager.getView()).to.equal('banner');
    expect(deepActiveElement() === customize, 'focus is back on Customize').to.equal(true);

    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(deepActiveElement()!.textContent!.trim()).to.equal('すべて拒否する');
    await sendKeys({ press: 'Enter' });
    expect(manager.isDecided()).to.equal(true);
    expect(manager.getState().analytics).to.equal(false);
  });

  it('keeps focus inside the open preferences when tabbing past the last control', async () => {
    const { root, button, el } = await renderBanner(config);
    button('設定を選ぶ').click();
    await el.updateComplete;
    const dialog = root.querySelector('dialog')!;
    const focusable = dialog.querySelectorAll<HTMLElement>('button, a');
    focusable[focusable.length - 1].focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(dialog.contains(deepActiveElement())).to.equal(true);
  });
});
