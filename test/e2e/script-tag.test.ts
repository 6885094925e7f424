import { expect } from '@open-wc/testing';
import type { ConsentChangeDetail } from '../../src/core/events.js';
import { clearCookies, readCookie, waitUntil } from '../helpers.js';
import { storedRecords } from '../service-admin/service.js';

type SiteWindow = Window & {
  consentEvents: { type: string; detail: ConsentChangeDetail & { decided?: boolean } }[];
  trackerRuns?: number;
};

/** Loads the fixture site the way a visitor would: a real page with the built script tag. */
async function visit(frame: HTMLIFrameElement, reload = false, query = '', page = 'site.html'): Promise<SiteWindow> {
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if (reload) frame.contentWindow!.location.reload();
  else frame.src = new URL(`./fixtures/${page}${query}`, import.meta.url).href;
  await loaded;
  const win = frame.contentWindow as SiteWindow;
  await waitUntil(() => win.consentEvents.some((e) => e.type === 'consent-ready'), 'no consent-ready event');
  return win;
}

function shadow(win: SiteWindow) {
  return win.document.querySelector('consent-banner')?.shadowRoot ?? null;
}

function buttonIn(root: ParentNode, label: string) {
  return Array.from(root.querySelectorAll('button')).find((b) => b.textContent!.trim() === label);
}

describe('the built script tag on a site', () => {
  let frame: HTMLIFrameElement;
  beforeEach(() => {
    clearCookies();
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1024px; height: 700px';
    document.body.append(frame);
  });
  afterEach(() => {
    frame.remove();
    clearCookies();
  });

  it('goes through first visit → accept → reload → reject', async () => {
    // First visit: banner, nothing granted, tracker not run, no cookie.
    let win = await visit(frame);
    expect(win.consentEvents).to.deep.equal([
      { type: 'consent-ready', detail: { state: { service: true, analytics: false, marketing: false }, decided: false, gpc: false } },
    ]);
    await waitUntil(() => shadow(win)?.querySelector('[part~="banner"]'), 'banner not shown');
    expect(readCookie('consent_banner', win.document)).to.equal(undefined);
    expect(win.trackerRuns).to.equal(undefined);
    // The banner shows without the core: the first layer needs only the UI, its texts and the config rules.
    const firstVisitFiles = () =>
      win.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.startsWith('/dist/'))
        .sort();
    expect(firstVisitFiles()).to.deep.equal([
      '/dist/consent-banner-core-rules.js',
      '/dist/consent-banner-ui-ja.js',
      '/dist/consent-banner-ui.js',
      '/dist/consent-banner.js',
    ]);

    // Accept all: cookie written, event fired, gated tracker runs without a reload.
    buttonIn(shadow(win)!, 'すべて同意する')!.click();
    await waitUntil(() => win.trackerRuns === 1, 'tracker did not start');
    expect(readCookie('consent_banner', win.document)).to.match(/^1\|2026-11\|\d+\|[a-z0-9]{16}\|analytics\+marketing$/);
    expect(win.consentEvents[1]).to.deep.equal({
      type: 'consent-change',
      detail: { state: { service: true, analytics: true, marketing: true }, changed: ['analytics', 'marketing'], source: 'banner' },
    });

    // Reload: no banner, nothing downloaded but the boot file, consent-ready with the stored state, tracker runs at once.
    win = await visit(frame, true);
    expect(win.consentEvents).to.deep.equal([
      { type: 'consent-ready', detail: { state: { service: true, analytics: true, marketing: true }, decided: true, gpc: false } },
    ]);
    await waitUntil(() => win.trackerRuns === 1, 'tracker did not run for the returning visitor');
    expect(win.document.querySelector('consent-banner') === null, 'no banner element').to.equal(true);
    const widgetFiles = () =>
      win.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.startsWith('/dist/'));
    expect(widgetFiles()).to.deep.equal(['/dist/consent-banner.js']);

    // Reject from the footer link's preferences.
    (win.document.querySelector('[data-consent-open]') as HTMLElement).click();
    await waitUntil(() => shadow(win)?.querySelector('dialog[open]'), 'preferences did not open');
    buttonIn(shadow(win)!.querySelector('dialog')!, 'すべて拒否する')!.click();
    await waitUntil(() => win.consentEvents.length === 2);
    expect(win.consentEvents[1].detail).to.deep.include({ changed: ['analytics', 'marketing'], source: 'preferences' });
    expect(readCookie('consent_banner', win.document)).to.match(/^1\|2026-11\|\d+\|[a-z0-9]{16}\|$/);
    expect(win.consentBanner!.getState()).to.deep.equal({ service: true, analytics: false, marketing: false });
    expect(widgetFiles().sort()).to.deep.equal([
      '/dist/consent-banner-core-rules.js',
      '/dist/consent-banner-core.js',
      '/dist/consent-banner-ui-ja-more.js',
      '/dist/consent-banner-ui-ja.js',
      '/dist/consent-banner-ui-secondary-views.js',
      '/dist/consent-banner-ui-switch.js',
      '/dist/consent-banner-ui.js',
      '/dist/consent-banner.js',
    ]);
    expect(win.consentEvents.filter((e) => e.type === 'consent-ready'), 'consent-ready once, from the boot file').to.have.length(1);

    // The withdrawal leaves a clean-up for the next page view, which loads the core once for it, and no UI.
    expect(readCookie('consent_banner_cleanup', win.document)).to.equal('1');
    win = await visit(frame, true);
    await waitUntil(() => widgetFiles().includes('/dist/consent-banner-core.js'), 'the core did not come to clean up');
    await waitUntil(() => readCookie('consent_banner_cleanup', win.document) === undefined, 'clean-up still pending');
    expect(widgetFiles()).to.not.include('/dist/consent-banner-ui.js');
    win = await visit(frame, true);
    expect(widgetFiles()).to.deep.equal(['/dist/consent-banner.js']);
    expect(win.trackerRuns).to.equal(undefined);
  });

  it('on an English page, shows the banner in English and downloads only the English texts', async () => {
    const win = await visit(frame, false, '', 'english-site.html');
    await waitUntil(() => shadow(win)?.querySelector('[part~="banner"]'), 'banner not shown');
    expect(shadow(win)!.querySelector('[part~="title"]')!.textContent).to.equal('Cookies on this site');
    expect(buttonIn(shadow(win)!, 'Accept all'), 'Accept all button').to.exist;
    const files = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(files).to.include('/dist/consent-banner-ui-en.js');
    expect(files).to.not.include('/dist/consent-banner-ui-ja.js');
  });

  it('keeps the open preferences while the page switches language, then shows them in the new one', async () => {
    const win = await visit(frame, false, '', 'english-site.html');
    await waitUntil(() => shadow(win)?.querySelector('[part~="banner"]'), 'banner not shown');
    win.consentBanner!.showPreferences();
    await waitUntil(() => shadow(win)!.querySelector('dialog[part="preferences"][open]'), 'preferences did not open');
    const dialog = shadow(win)!.querySelector<HTMLDialogElement>('dialog[part="preferences"]')!;
    expect(dialog.querySelector('#preferences-title')!.textContent).to.equal('Cookie settings');

    win.document.documentElement.lang = 'ja';
    await waitUntil(() => dialog.querySelector('#preferences-title')?.textContent === 'Cookie設定', 'the preferences did not switch to Japanese');
    expect(shadow(win)!.querySelector('dialog[part="preferences"]'), 'the same dialog, never taken down').to.equal(dialog);
    expect(dialog.open).to.equal(true);
    expect(dialog.getAttribute('lang')).to.equal('ja');
  });

  it('fetches the preferences only when the visitor reaches for Customize', async () => {
    const win = await visit(frame);
    await waitUntil(() => shadow(win)?.querySelector('[part~="banner"]'), 'banner not shown');
    const fetched = (file: string) => win.performance.getEntriesByType('resource').some((e) => e.name.endsWith(`/${file}`));
    // Their texts too: the banner came with the first layer's texts alone.
    const preferencesFetched = () => fetched('consent-banner-ui-secondary-views.js') && fetched('consent-banner-ui-ja-more.js');
    expect(fetched('consent-banner-ui-ja.js'), 'the banner\'s texts').to.equal(true);
    expect(fetched('consent-banner-ui-secondary-views.js'), 'the preferences fetched with the banner').to.equal(false);
    expect(fetched('consent-banner-ui-ja-more.js'), 'the rest of the texts fetched with the banner').to.equal(false);
    const customize = shadow(win)!.querySelector<HTMLButtonElement>('[part~="button-customize"]')!;
    customize.dispatchEvent(new (win as unknown as typeof globalThis).PointerEvent('pointerenter'));
    await waitUntil(preferencesFetched, 'pointing at Customize did not fetch the preferences and their texts');
    customize.click();
    await waitUntil(() => shadow(win)?.querySelector('dialog[part="preferences"][open]'), 'preferences did not open');
    expect(shadow(win)!.querySelectorAll('[role="switch"]')).to.have.length(3);
  });

  it('a first visit fetches the core only when the visitor reaches for the banner', async () => {
    const win = await visit(frame);
    await waitUntil(() => shadow(win)?.querySelector('[part~="banner"]'), 'banner not shown');
    const coreFetched = () => win.performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/dist/consent-banner-core.js'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(coreFetched(), 'not while the visitor only reads').to.equal(false);
    buttonIn(shadow(win)!, 'すべて拒否する')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await waitUntil(coreFetched, 'the pointer over the banner did not fetch the core');
    expect(readCookie('consent_banner', win.document), 'nothing decided by pointing').to.equal(undefined);
  });

  it('a first-visit choice made before the core arrives, the page left at once, is kept, and its record reaches the service', async function () {
    // The core comes 2 s late on both pages, and the consent service may start its database for this test.
    this.timeout(30_000);
    let win = await visit(frame, false, '', 'slow-core-site.html');
    await waitUntil(() => shadow(win)?.querySelector('[part~="banner"]'), 'banner not shown');
    // Accept all, and away at once, as a visitor who clicks and follows a link on a slow network.
    buttonIn(shadow(win)!, 'すべて同意する')!.click();
    await (win.document.querySelector('consent-banner') as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(shadow(win)!.querySelector('[part~="banner"]') === null, 'the banner goes at the click').to.equal(true);
    win = await visit(frame, true);
    const cookie = readCookie('consent_banner', win.document)!;
    expect(cookie).to.match(/^1\|2026-11\|\d+\|[a-z0-9]{16}\|analytics\+marketing$/);
    expect(win.consentEvents[0].detail).to.deep.include({ decided: true });
    await waitUntil(() => win.trackerRuns === 1, 'the analytics tracker did not run on the next page');
    expect(win.document.querySelector('consent-banner') === null, 'not asked again').to.equal(true);
    // The record waited in the queue; this page view's core sends it to the consent service.
    const consentId = cookie.split('|')[3];
    await waitUntil(async () => (await storedRecords(consentId)).length === 1, 'the record did not reach the service', { timeout: 15_000 });
    expect((await storedRecords(consentId))[0].record).to.deep.include({ source: 'banner', state: { service: true, analytics: true, marketing: true } });
  });

  it('offers the global API on window.consentBanner', async () => {
    const win = await visit(frame);
    const api = win.consentBanner!;
    let granted = false;
    void api.whenGranted('analytics').then(() => (granted = true));
    api.set({ analytics: true });
    await waitUntil(() => granted && win.trackerRuns === 1);
    expect(api.isGranted('analytics')).to.equal(true);
    expect(api.isGranted('marketing')).to.equal(false);
    expect(win.consentEvents.at(-1)!.detail.source).to.equal('api');
  });

  it('brings a decision made in one tab to another open tab, with source sync', async () => {
    const other = document.createElement('iframe');
    document.body.append(other);
    try {
      const first = await visit(frame);
      const second = await visit(other);
      await waitUntil(() => shadow(second)?.querySelector('[part~="banner"]'), 'banner not shown in the second tab');
      first.consentBanner!.acceptAll();
      await waitUntil(() => second.consentEvents.some((e) => e.type === 'consent-change'), 'the other tab heard nothing');
      expect(second.consentEvents.at(-1)!.detail).to.deep.include({ source: 'sync', changed: ['analytics', 'marketing'] });
      await waitUntil(() => second.trackerRuns === 1, 'the other tab did not start its tracker');
      await waitUntil(() => !shadow(second)?.querySelector('[part~="banner"]'), 'the other tab still shows the banner');
    } finally {
      other.remove();
    }
  });

  it('a returning visitor\'s other tab, still without the core, hears a withdrawal made in this one', async () => {
    document.cookie = `consent_banner=1|2026-11|${Math.floor(Date.now() / 1000)}|abcdefgh12345678|analytics; Path=/`;
    const other = document.createElement('iframe');
    document.body.append(other);
    try {
      const first = await visit(frame);
      const second = await visit(other);
      const coreLoaded = (win: SiteWindow) => win.performance.getEntriesByType('resource').some((e) => e.name.includes('consent-banner-core.js'));
      expect(coreLoaded(second), 'the second tab runs on the boot file alone').to.equal(false);
      first.consentBanner!.set({ analytics: false });
      await waitUntil(() => second.consentEvents.some((e) => e.type === 'consent-change'), 'the other tab heard nothing');
      expect(second.consentEvents.map((e) => e.type)).to.deep.equal(['consent-ready', 'consent-change']);
      expect(second.consentEvents[1].detail).to.deep.include({ source: 'sync', changed: ['analytics'] });
      expect(second.consentBanner!.isGranted('analytics')).to.equal(false);
    } finally {
      other.remove();
    }
  });

  it('the e-mail unsubscribe link withdraws marketing on a first visit, with no click, and confirms it', async () => {
    const win = await visit(frame, false, '?from=mail&consent-opt-out=marketing&consent-token=T-123');
    expect(win.location.search, 'parameters gone from the address').to.equal('?from=mail');
    expect(readCookie('consent_banner', win.document)).to.match(/^1\|2026-11\|\d+\|[a-z0-9]{16}\|$/);
    expect(win.consentEvents.map((e) => e.type)).to.deep.equal(['consent-ready', 'consent-change']);
    expect(win.consentEvents[1].detail).to.deep.include({ source: 'link', token: 'T-123' });
    await waitUntil(() => shadow(win)?.querySelector('[part~="notice"]'), 'no confirmation');
    expect(shadow(win)!.querySelector('[part~="banner"]') === null, 'the confirmation, not the banner').to.equal(true);
    expect(shadow(win)!.querySelector('[part~="notice"]')!.textContent).to.contain('重要なお知らせは、引き続きお送りします');
  });

  it('the unsubscribe link keeps a returning visitor\'s other choices', async () => {
    let win = await visit(frame);
    win.consentBanner!.acceptAll();
    win = await visit(frame, false, '?consent-opt-out=marketing&consent-token=T-9');
    expect(win.consentBanner!.getState()).to.deep.equal({ service: true, analytics: true, marketing: false });
    expect(readCookie('consent_banner', win.document)).to.match(/\|analytics$/);
    await waitUntil(() => win.trackerRuns === 1, 'analytics still runs');
  });
});
