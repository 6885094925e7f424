import { expect } from '@open-wc/testing';
import type { ConsentChangeDetail } from '../../src/core/events.js';
import { clearCookies, readCookie, waitUntil } from '../helpers.js';

type PageWindow = Window & {
  consentEvents: { type: string; detail: ConsentChangeDetail }[];
  cspViolations?: string[];
  inlineRuns?: number;
  externalRuns?: number;
};

async function open(frame: HTMLIFrameElement, path: string): Promise<PageWindow> {
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = new URL(`./fixtures/${path}`, import.meta.url).href;
  await loaded;
  const win = frame.contentWindow as PageWindow;
  await waitUntil(() => win.consentEvents?.some((e) => e.type === 'consent-ready'), `${path}: no consent-ready`);
  return win;
}

const banner = (win: PageWindow) => win.document.querySelector('consent-banner')?.shadowRoot?.querySelector('[part~="banner"]');
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('hostile and strict pages', () => {
  let frame: HTMLIFrameElement;
  beforeEach(() => {
    clearCookies();
    frame = document.createElement('iframe');
    document.body.append(frame);
  });
  afterEach(() => {
    frame.remove();
    clearCookies();
  });

  it('works under a strict Content-Security-Policy with Trusted Types, without a single violation', async () => {
    const win = await open(frame, 'csp.html');
    await waitUntil(() => banner(win), 'no banner under CSP');
    win.consentBanner!.acceptAll();
    await waitUntil(() => win.inlineRuns === 1 && win.externalRuns === 1, 'gated scripts did not run under CSP');
    await waitUntil(() => win.document.querySelector('iframe')?.getAttribute('src') === './embed.html');
    win.consentBanner!.showPreferences();
    await waitUntil(() => win.document.querySelector('consent-banner')!.shadowRoot!.querySelector('dialog[open]'));
    await settle();
    expect(win.cspViolations).to.deep.equal([]);
  });

  it('included three times (sync, async, defer): one banner, one set of events, gated scripts run once', async () => {
    const win = await open(frame, 'hostile/twice.html');
    await waitUntil(() => banner(win));
    win.consentBanner!.acceptAll();
    await waitUntil(() => win.externalRuns === 1);
    await settle();
    expect(win.document.querySelectorAll('consent-banner')).to.have.length(1);
    expect(win.consentEvents.map((e) => e.type)).to.deep.equal(['consent-ready', 'consent-change']);
    expect(win.externalRuns).to.equal(1);
  });

  it('loaded as a module', async () => {
    const win = await open(frame, 'hostile/module.html');
    await waitUntil(() => banner(win), 'no banner when loaded as a module');
    win.consentBanner!.set({ analytics: true });
    await waitUntil(() => win.externalRuns === 1);
  });

  it('injected late by a tag manager, after the page has loaded', async () => {
    const win = await open(frame, 'hostile/late.html');
    await waitUntil(() => banner(win), 'no banner when injected late');
    win.consentBanner!.acceptAll();
    await waitUntil(() => win.externalRuns === 1);
  });

  it('survives patched globals, a plain-object dataLayer, throwing localStorage and no BroadcastChannel', async () => {
    const win = await open(frame, 'hostile/globals.html');
    await waitUntil(() => banner(win), 'no banner on the hostile page');
    win.consentBanner!.acceptAll();
    await waitUntil(() => win.externalRuns === 1, 'gated script did not run');
    expect(readCookie('consent_banner', win.document)).to.match(/\|analytics\+marketing$/);
    expect(win.consentEvents.map((e) => e.type)).to.deep.equal(['consent-ready', 'consent-change']);
  });

  it('a returning visitor\'s page with a broken config block and a taken dataLayer: the core comes to say so, the choice still applies', async () => {
    document.cookie = `consent_banner=1|1|${Math.floor(Date.now() / 1000)}|abcdefgh12345678|analytics; Path=/`;
    const win = (await open(frame, 'hostile/broken-config.html')) as PageWindow & { consoleMessages: string[] };
    await waitUntil(() => win.externalRuns === 1, 'the stored choice was not applied');
    const errors = () => win.consoleMessages.filter((message) => message.startsWith('error: '));
    await waitUntil(() => errors().length === 2, 'the problems were not reported');
    expect(errors().join('\n'))
      .to.contain('<script id="consent-banner-config"> is not valid JSON')
      .and.contain('window.dataLayer is not an array');
    expect(win.consentEvents.map((e) => e.type)).to.deep.equal(['consent-ready']);
  });

  it('a first visit with a wrong config: one message per problem, fetched with their texts, and a working banner', async () => {
    const win = (await open(frame, 'hostile/wrong-config.html')) as PageWindow & { consoleMessages: string[] };
    await waitUntil(() => banner(win), 'no banner');
    await waitUntil(() => win.consoleMessages.length >= 4, 'the problems were not reported');
    await settle();
    expect(win.consoleMessages).to.deep.equal([
      'warn: [consent-banner] Unknown option "polcyUrl" is ignored. Did you mean "policyUrl"?',
      'warn: [consent-banner] Option "policyUrl" is not set, so the banner cannot link to your privacy policy. Set data-policy-url on the script tag.',
      'error: [consent-banner] Option "disclosureUrl" must be an http(s) or relative URL; got "javascript:alert(1)". The banner shows no link to it.',
      'error: [consent-banner] Option "layout" must be one of "bar", "bar-top", "box", "modal"; got "sidebar". Using "bar".',
    ]);
    const files = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(files).to.include('/dist/consent-banner-core-config.js');
    expect(win.document.querySelector('consent-banner')!.getAttribute('layout')).to.equal('bar');
    const links = Array.from(win.document.querySelector('consent-banner')!.shadowRoot!.querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href')), 'no link from an unsafe or missing address').to.deep.equal([]);
  });

  it('a uiUrl that does not load: says so, and a first-time visitor still gets the banner from beside the script', async () => {
    const win = (await open(frame, 'hostile/wrong-ui-url.html')) as PageWindow & { consoleMessages: string[] };
    await waitUntil(() => banner(win), 'no banner: the visitor cannot decide');
    expect(win.consoleMessages).to.have.length(1);
    expect(win.consoleMessages[0]).to.match(
      /^error: \[consent-banner\] Could not load the banner UI from uiUrl http:\/\/[^ ]+\/no-such-folder\/consent-banner-ui\.js \(.+\); using the one beside consent-banner\.js\.$/,
    );
    win.consentBanner!.rejectAll();
    await waitUntil(() => !banner(win), 'the banner did not close');
    expect(readCookie('consent_banner', win.document)).to.match(/\|$/);
  });

  it('vendors named by catalogue id: completed from the catalogue, a wrong id and a wrong field each named', async () => {
    const win = (await open(frame, 'hostile/catalogue-vendors.html')) as PageWindow & { consoleMessages: string[] };
    await waitUntil(() => banner(win), 'no banner');
    await waitUntil(() => win.consoleMessages.length >= 2, 'the problems were not reported');
    await settle();
    expect(win.consoleMessages).to.have.length(2);
    expect(win.consoleMessages[0]).to.match(/^error: \[consent-banner\] vendors: "no-such-vendor" is not in the vendor catalogue/);
    expect(win.consoleMessages[1]).to.equal('error: [consent-banner] vendors[2].policyUrl must be an http(s) or relative URL; ignoring it.');
    win.consentBanner!.showPreferences();
    const root = win.document.querySelector('consent-banner')!.shadowRoot!;
    await waitUntil(() => root.querySelector('dialog[open]'), 'preferences did not open');
    const vendorsText = Array.from(root.querySelectorAll('.vendors')).map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
    expect(vendorsText.join('\n')).to.contain('Google LLC（Google アナリティクス 4）').and.contain('Meta');
    const metaLink = Array.from(root.querySelectorAll<HTMLAnchorElement>('.vendors a')).find((a) => a.textContent!.includes('Meta'));
    expect(metaLink, 'no link from an unsafe address').to.equal(undefined);
  });

  it('a config block after the script tag: read once the page is parsed and applied, with an error naming the fix', async () => {
    type LateWindow = PageWindow & { consoleMessages: string[]; dataLayer: unknown[][] };
    const win = (await open(frame, 'hostile/config-after-script.html')) as LateWindow;
    await waitUntil(() => banner(win), 'no banner');
    // The block's own settings apply: the box layout, Consent Mode (its default before the decision).
    expect(win.document.querySelector('consent-banner')!.getAttribute('layout')).to.equal('box');
    expect(Array.from(win.dataLayer[0])).to.deep.include('default');
    await waitUntil(() => win.consoleMessages.length >= 1, 'the late block was not reported');
    await settle();
    expect(win.consoleMessages).to.deep.equal([
      'error: [consent-banner] <script id="consent-banner-config"> comes after consent-banner.js, so it was read only once the page was parsed: Consent Mode\'s default and autoBlock started late, and tags that ran before then were not held. Move the block above the consent-banner.js script tag.',
    ]);
    // Gated scripts are held as always, and run once granted.
    expect(win.externalRuns).to.equal(undefined);
    win.consentBanner!.acceptAll();
    await waitUntil(() => win.externalRuns === 1, 'the gated script did not run');
  });

  it('a config block after a configured script tag: ignored, and said so', async () => {
    const win = (await open(frame, 'hostile/config-after-configured-script.html')) as PageWindow & { consoleMessages: string[] };
    await waitUntil(() => banner(win), 'no banner');
    await waitUntil(() => win.consoleMessages.length >= 1, 'the late block was not reported');
    await settle();
    expect(win.document.querySelector('consent-banner')!.getAttribute('layout')).to.equal('bar');
    expect(win.consoleMessages).to.deep.equal([
      'error: [consent-banner] <script id="consent-banner-config"> comes after consent-banner.js, which had already started with the config from its data-* attributes or window.consentBannerConfig; the block is ignored. Move it above the consent-banner.js script tag.',
    ]);
  });

  it('autoBlock holds back a vendor script a tag\'s inline code injects during parsing, first visit and refused, until granted', async () => {
    type BlockWindow = PageWindow & { __blockedRuns: string[] };
    let win = (await open(frame, 'auto-block.html')) as BlockWindow;
    await settle();
    expect(win.__blockedRuns, 'first visit: held back').to.deep.equal([]);
    win.consentBanner!.rejectAll();
    win = (await open(frame, 'auto-block.html')) as BlockWindow;
    await settle();
    expect(win.__blockedRuns, 'refused: still held back').to.deep.equal([]);
    win.consentBanner!.set({ analytics: true });
    await waitUntil(() => win.__blockedRuns.length === 1, 'did not run once granted');
    win = (await open(frame, 'auto-block.html')) as BlockWindow;
    await waitUntil(() => win.__blockedRuns.length === 1, 'a returning visitor who granted it: runs');
    expect(win.__blockedRuns).to.deep.equal(['inline-snippet']);
  });

  it('makes no network request of its own and sets no cookie before a decision', async () => {
    const win = await open(frame, 'site.html');
    await waitUntil(() => banner(win));
    await settle();
    expect(win.document.cookie).to.equal('');
    const requests = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      // The page's own files, and the test server's own script, are not the widget's.
      .filter((path) => !path.startsWith('/test/e2e/fixtures/') && !path.startsWith('/__web-dev-server'));
    // The UI's texts only in the page's language (Japanese here).
    expect(requests.sort()).to.deep.equal(['/dist/consent-banner-core-rules.js', '/dist/consent-banner-ui-ja.js', '/dist/consent-banner-ui.js', '/dist/consent-banner.js']);
  });
});
