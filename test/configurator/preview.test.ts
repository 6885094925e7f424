// The live preview runs the built widget with the current settings: every change shows, the language and
// width switch, and its consent can be reset without touching the site's own consent cookie.
import { expect } from '@open-wc/testing';
import { clearCookies, readCookie, waitUntil } from '../helpers.js';
import { newConfiguratorFrame, type ConfiguratorPage } from './configurator-page.js';

describe('the configurator’s live preview', () => {
  let frame: HTMLIFrameElement;
  let page: ConfiguratorPage;

  beforeEach(async () => {
    clearCookies();
    ({ frame, page } = newConfiguratorFrame());
    await page.open();
    await page.type(page.field('プライバシーポリシーのURL'), '/privacy');
  });
  afterEach(() => {
    frame.remove();
    clearCookies();
  });

  const preview = () => page.$<HTMLIFrameElement>('#preview-frame').contentDocument!;
  const bannerButton = (label: string) =>
    Array.from(preview().querySelector('consent-banner')?.shadowRoot?.querySelectorAll('button') ?? []).find((b) => b.textContent!.trim() === label);

  it('shows each change, in either language, and starts over when its consent is reset', async () => {
    await waitUntil(() => bannerButton('すべて同意する'), 'the preview shows no banner');

    await page.choose(page.$<HTMLInputElement>('input[name="layout"][value="modal"]'));
    await waitUntil(() => preview().querySelector('consent-banner')?.getAttribute('layout') === 'modal', 'the layout did not change in the preview');

    await page.press('English', page.$('.preview-controls'));
    await waitUntil(() => bannerButton('Accept all'), 'the preview did not switch to English');
    expect(preview().documentElement.lang).to.equal('en');

    bannerButton('Accept all')!.click();
    await waitUntil(() => preview().getElementById('sample-script-status')?.textContent === 'Sample analytics script: has run', 'the sample script did not run');
    // The preview's decision has a cookie of its own: the site's (and the demo's) consent_banner is untouched.
    expect(readCookie('consent_banner')).to.equal(undefined);
    expect(readCookie('consent_banner_configurator_preview', preview())).to.match(/analytics/);

    await page.press('プレビューの同意をリセット');
    await waitUntil(() => bannerButton('Accept all') && preview().getElementById('sample-script-status')?.textContent === 'Sample analytics script: waiting for consent', 'the reset preview does not ask again');
    expect(readCookie('consent_banner_configurator_preview', preview())).to.equal(undefined);

    // The sample embed waits behind its placeholder, which can allow it.
    const placeholderButton = () =>
      Array.from(preview().querySelector('consent-placeholder')?.shadowRoot?.querySelectorAll('button') ?? []).find((b) => b.textContent!.trim() === 'Allow and show');
    await waitUntil(placeholderButton, 'the preview shows no placeholder for its embed');
    expect(preview().querySelector('iframe[data-consent]')!.getAttribute('src')).to.equal(null);
    placeholderButton()!.click();
    await waitUntil(() => preview().querySelector('iframe[data-consent]')?.getAttribute('src')?.endsWith('/dist/configurator/sample-embed.html'), 'the embed did not load');
  });

  it('switches between a 375 px phone and the full width', async () => {
    await page.press('スマートフォン（375px）');
    expect(page.$('#preview-frame').getBoundingClientRect().width).to.be.at.most(375);
    await page.press('パソコン');
    expect(page.$('#preview-frame').getBoundingClientRect().width).to.be.greaterThan(375);
  });
});
