// The plain ES-module site (examples/esm) in a frame, as a visitor sees it: no build step, the built files
// of consent-banner, the choice kept in the consent cookie.
import { expect } from '@open-wc/testing';
import { clearCookies, readCookie, waitUntil } from '../helpers.js';

describe('plain ES-module example', () => {
  let frame: HTMLIFrameElement;

  const page = () => frame.contentDocument!;
  const campaign = () => page().querySelector<HTMLElement>('aside.campaign')!;
  const bannerButton = (part: string) =>
    page().querySelector('consent-banner')?.shadowRoot?.querySelector<HTMLButtonElement>(`[part~="${part}"]`) ?? null;

  async function openSite() {
    frame = document.createElement('iframe');
    frame.src = new URL('../../examples/esm/index.html', import.meta.url).href;
    frame.style.cssText = 'width: 800px; height: 600px';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  }

  beforeEach(clearCookies);
  afterEach(() => {
    frame.remove();
    clearCookies();
  });

  it('shows the campaign after Accept all, keeps it on the next visit, and hides it after Reject all', async () => {
    await openSite();
    await waitUntil(() => bannerButton('button-accept'), 'the banner did not appear');
    expect(campaign().hidden).to.equal(true);

    bannerButton('button-accept')!.click();
    await waitUntil(() => !campaign().hidden, 'the campaign did not appear after Accept all');
    expect(readCookie('consent_banner', page())).to.match(/\|analytics\+marketing$/);

    frame.remove();
    await openSite();
    await waitUntil(() => page().querySelector('consent-banner'), 'the banner element was not mounted');
    expect(campaign().hidden).to.equal(false);

    page().querySelector<HTMLElement>('[data-consent-open]')!.click();
    await waitUntil(() => bannerButton('button-reject'), 'the preferences did not open');
    bannerButton('button-reject')!.click();
    await waitUntil(() => campaign().hidden, 'the campaign stayed after Reject all');
  });
});
