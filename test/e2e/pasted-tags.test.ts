import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers.js';

interface PageReport {
  id: string;
  cookies: string;
  state: Record<string, boolean>;
  runs: string[];
  consentCalls: string[];
  frames: { address: string; loading: boolean; consent: string | null }[];
}

/**
 * A shop at https://www.<run>.test/ whose tags are pasted as the vendors publish them, the vendors'
 * real host names served by this machine (test/e2e/pasted-tags/server.mjs: a proxy every test browser
 * uses, stand-in scripts that set the vendors' cookies and send hits, every request recorded). Each
 * test is a new site, so nothing is shared between tests, and the parent domain <run>.test is the
 * site's own. The shop opens in its own window, as a visitor sees it.
 */
class Shop {
  readonly run = `r${Math.random().toString(36).slice(2, 10)}`;
  private window: Window | null = null;
  private reports: PageReport[] = [];
  private readonly onMessage = (event: MessageEvent) => {
    if (event.source === this.window) this.reports.push(event.data);
  };

  constructor(readonly page: string) {
    window.addEventListener('message', this.onMessage);
  }

  async open() {
    this.reports = [];
    const url = `https://www.${this.run}.test/test/e2e/fixtures/pasted-tags/${this.page}?load=${Date.now()}`;
    if (this.window && !this.window.closed) this.window.location.href = url;
    else this.window = window.open(url, this.run);
    await waitUntil(() => this.reports.some((r) => r.id === 'ready'), `${this.page} did not load`, { timeout: 15_000 });
  }

  async send(command: string, choices?: object): Promise<PageReport> {
    const id = Math.random().toString(36).slice(2);
    this.window!.postMessage({ id, command, choices }, '*');
    await waitUntil(() => this.reports.some((r) => r.id === id));
    return this.reports.find((r) => r.id === id)!;
  }

  read = () => this.send('read');

  /** The names of the cookies the page sees: its host's and its parent domain's. */
  cookies = async () =>
    (await this.read()).cookies
      .split('; ')
      .filter(Boolean)
      .map((c) => c.split('=')[0])
      .filter((name) => !name.startsWith('consent_banner'))
      .sort();

  /** Every request that reached a vendor's host, in order. */
  hits = async (): Promise<string[]> => (await fetch(`/tracker-log?run=${this.run}`)).json();

  close() {
    window.removeEventListener('message', this.onMessage);
    this.window?.close();
  }
}

/** Long enough for every tag on the page to have loaded and sent, had it been let through. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));

/** What each vendor's stand-in sends when it runs (its script load and its hit). */
const SENT_BY = {
  gtm: ['www.googletagmanager.com/gtm.js', 'www.google-analytics.com/g/collect'],
  ga4: ['www.googletagmanager.com/gtag/js?id=G-', 'region1.google-analytics.com/g/collect'],
  'google-ads': ['www.googletagmanager.com/gtag/js?id=AW-', 'googleads.g.doubleclick.net/pagead/viewthroughconversion/123456789/'],
  'meta-pixel': ['connect.facebook.net/en_US/fbevents.js', 'www.facebook.com/tr/'],
  'microsoft-clarity': ['www.clarity.ms/tag/standin01', 'x.clarity.ms/collect'],
  hotjar: ['static.hotjar.com/c/hotjar-1234567.js', 'metrics.hotjar.io/'],
  'line-tag': ['d.line-scdn.net/n/line_tag/public/release/v1/lt.js', 'tr.line.me/tag.gif'],
  'yahoo-ads': ['s.yimg.jp/images/listing/tool/cv/ytag.js', 'b90.yahoo.co.jp/c'],
};
const ANALYTICS = ['gtm', 'ga4', 'microsoft-clarity', 'hotjar'];
const MARKETING = ['google-ads', 'meta-pixel', 'line-tag', 'yahoo-ads'];
const EMBEDS = ['www.youtube.com/embed/dQw4w9WgXcQ', 'www.google.com/maps/embed'];
const VENDOR_COOKIES = {
  analytics: ['_clck', '_clsk', '_ga', '_ga_STANDIN123', '_hjSessionUser_1234567', '_hjSession_1234567'],
  marketing: ['__lt__cid', '__lt__sid', '_fbp', '_gcl_au', '_yjsu_yjad'],
};
const sentBy = (vendors: string[]) => vendors.flatMap((v) => SENT_BY[v as keyof typeof SENT_BY]).sort();

/**
 * What may reach a vendor before a decision, and only while the page is parsed: the documented limits
 * of autoBlock. An <iframe src> in the HTML starts loading as the parser inserts it; a <script src>
 * in the HTML may be fetched (never run) by the browser's preload scanner.
 */
const AUTO_BLOCK_LIMITS = [...EMBEDS, SENT_BY.ga4[0], SENT_BY['google-ads'][0], SENT_BY['yahoo-ads'][0]];

// The same page marked by hand has no such limits: nothing at all may reach a vendor before a decision.
for (const [page, PARSE_TIME_LIMITS] of [['auto-block.html', AUTO_BLOCK_LIMITS], ['hand-marked.html', []]] as const) {
  const withoutParseTimeLimits = (hits: string[]) => hits.filter((hit) => !(PARSE_TIME_LIMITS as readonly string[]).includes(hit));
  describe(`tags pasted as vendors publish them (${page}), over HTTPS on their real host names`, function () {
    // The test page sits in a background window while the shop's is open, where timers slow down.
    this.timeout(120_000);
    let shop: Shop;
    afterEach(() => shop.close());

    it('nothing runs or sends before a decision, after Reject all, or on a returning visit that refused', async () => {
      shop = new Shop(page);
      await shop.open();
      await settle();
      const first = await shop.read();
      expect(first.runs, 'no vendor script ran before a decision').to.deep.equal([]);
      expect(await shop.cookies(), 'no vendor cookie before a decision').to.deep.equal([]);
      expect(withoutParseTimeLimits(await shop.hits()), 'nothing reached a vendor before a decision').to.deep.equal([]);
      expect(first.frames.map((f) => [f.address.replace(/\?.*/, ''), f.loading, f.consent])).to.deep.equal([
        ['https://www.youtube.com/embed/dQw4w9WgXcQ', false, 'marketing'],
        ['https://www.google.com/maps/embed', false, 'marketing'],
      ]);
      const parseTime = await shop.hits();

      await shop.send('rejectAll');
      await settle();
      expect((await shop.read()).runs).to.deep.equal([]);
      expect(await shop.cookies()).to.deep.equal([]);

      await shop.open();
      await settle();
      expect((await shop.read()).runs, 'nothing ran on the returning visit').to.deep.equal([]);
      expect(await shop.cookies()).to.deep.equal([]);
      expect(withoutParseTimeLimits(await shop.hits()), 'nothing reached a vendor after the refusal').to.deep.equal([]);
      // The returning visit's page load may again fetch what the preload scanner and HTML iframes do, nothing more.
      expect(withoutParseTimeLimits((await shop.hits()).slice(parseTime.length))).to.deep.equal([]);
    });

    it('everything runs once after Accept all; a withdrawal deletes the cookies and a reload sends nothing for it', async () => {
      shop = new Shop(page);
      await shop.open();
      await settle();
      const beforeDecision = await shop.hits();

      await shop.send('acceptAll');
      await waitUntil(async () => (await shop.read()).runs.length === 8, 'not every tag ran after Accept all', { timeout: 15_000 });
      await settle();
      const accepted = await shop.read();
      expect([...accepted.runs].sort(), 'each tag ran once').to.deep.equal([...ANALYTICS, ...MARKETING].sort());
      expect(accepted.frames.every((f) => f.loading), 'the embeds load').to.equal(true);
      expect(await shop.cookies()).to.deep.equal([...VENDOR_COOKIES.analytics, ...VENDOR_COOKIES.marketing].sort());
      const afterAccept = (await shop.hits()).slice(beforeDecision.length);
      expect(withoutParseTimeLimits(afterAccept).sort(), 'each tag sent once').to.deep.equal(
        withoutParseTimeLimits([...sentBy([...ANALYTICS, ...MARKETING]), ...EMBEDS]).sort(),
      );

      // Withdraw marketing: its cookies go, on the shop's host (LINE, Yahoo!) and its parent domain (Meta,
      // Google Ads); the running Meta Pixel is told to stop; the embeds unload.
      await shop.send('set', { marketing: false });
      await waitUntil(async () => (await shop.cookies()).join() === VENDOR_COOKIES.analytics.join(), 'marketing cookies were not deleted');
      expect((await shop.read()).frames.some((f) => f.loading), 'the embeds unload').to.equal(false);
      expect((await shop.read()).consentCalls).to.include('fbq:revoke');

      const beforeReload = (await shop.hits()).length;
      await shop.open();
      await waitUntil(async () => (await shop.read()).runs.length >= 4, 'analytics tags did not run on the returning visit', { timeout: 15_000 });
      await settle();
      expect([...(await shop.read()).runs].sort()).to.deep.equal([...ANALYTICS].sort());
      const afterReload = withoutParseTimeLimits((await shop.hits()).slice(beforeReload));
      expect(afterReload.sort(), 'only analytics tags sent after the reload').to.deep.equal(withoutParseTimeLimits(sentBy(ANALYTICS)).sort());
      expect(await shop.cookies()).to.deep.equal(VENDOR_COOKIES.analytics);

      await shop.send('set', { analytics: false });
      await waitUntil(async () => (await shop.cookies()).length === 0, 'analytics cookies were not deleted');
    });
  });
}
