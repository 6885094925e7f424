import { expect } from '@open-wc/testing';
import { clearCookies, waitUntil } from '../helpers.js';

interface FrameReport {
  id: string;
  cookies: string;
  state: Record<string, boolean>;
  host: string;
}

/**
 * Drives fixtures/tracker-site.html on shop.consent.test (mapped to this
 * machine by the test browsers), so that trackers can set cookies on the
 * parent domain consent.test. It opens in its own top-level window, as a
 * visitor would see it: in a cross-site iframe the browser would block its
 * cookies as third-party ones.
 */
class TrackerSite {
  readonly run = Math.random().toString(36).slice(2);
  private window: Window | null = null;
  private reports: FrameReport[] = [];
  private readonly onMessage = (event: MessageEvent) => {
    if (event.source === this.window) this.reports.push(event.data);
  };

  constructor(readonly host = 'shop.consent.test') {
    window.addEventListener('message', this.onMessage);
  }

  get url() {
    return `${location.protocol}//${this.host}:${location.port}/test/e2e/fixtures/tracker-site.html?run=${this.run}`;
  }

  async open() {
    this.reports = [];
    const url = `${this.url}&load=${Date.now()}`;
    if (this.window && !this.window.closed) this.window.location.href = url;
    else this.window = window.open(url, `site-${this.run}`);
    await waitUntil(() => this.reports.some((r) => r.id === 'ready'), `${this.host} did not load`, { timeout: 8000 });
  }

  async send(command: object): Promise<FrameReport> {
    const id = Math.random().toString(36).slice(2);
    this.window!.postMessage({ id, ...command }, '*');
    await waitUntil(() => this.reports.some((r) => r.id === id));
    return this.reports.find((r) => r.id === id)!;
  }

  cookies = async () =>
    (await this.send({ command: 'read' })).cookies
      .split('; ')
      .filter(Boolean)
      .map((c) => c.split('=')[0])
      .sort();

  /** What the recording server received from this site's trackers. */
  hits = async (): Promise<string[]> => (await fetch(`/tracker-log?run=${this.run}`)).json();

  close() {
    window.removeEventListener('message', this.onMessage);
    this.window?.close();
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

describe('trackers really turn on and off (request-recording server, parent-domain cookies)', function () {
  // The test page sits in a background window while the site's window is open, and
  // background windows get their timers slowed to about one a second.
  this.timeout(40_000);
  let site: TrackerSite;
  afterEach(async () => {
    // Leave no consent or tracker cookie behind for the next test.
    await site.send({ command: 'set', choices: { analytics: false, marketing: false } });
    site.close();
    clearCookies();
  });

  it('sends nothing and sets no cookie before the grant, both after it, and removes every cookie on withdrawal', async () => {
    site = new TrackerSite();
    await site.open();
    await settle();
    expect(await site.hits(), 'no tracker request before consent').to.deep.equal([]);
    expect(await site.cookies(), 'no cookie at all before a decision').to.deep.equal([]);

    await site.send({ command: 'set', choices: { analytics: true } });
    await waitUntil(async () => (await site.hits()).length === 1, 'analytics tracker made no request after the grant');
    expect(await site.hits()).to.deep.equal(['analytics']);
    expect(await site.cookies()).to.deep.equal(['_t_an', '_t_an_parent', 'consent_banner']);

    await site.send({ command: 'set', choices: { analytics: false } });
    // Only ours are left: the choice, and the note that the next page view cleans up once more.
    expect(await site.cookies(), 'tracker cookies gone, on this host and on consent.test').to.deep.equal(['consent_banner', 'consent_banner_cleanup']);

    await site.open();
    await settle();
    expect(await site.hits(), 'no further request after a reload').to.deep.equal(['analytics']);
    await waitUntil(async () => (await site.cookies()).join() === 'consent_banner', 'the clean-up note was not cleared');
  });

  it('loads marketing trackers only for marketing, and a reload restores the grant without asking', async () => {
    site = new TrackerSite();
    await site.open();
    await site.send({ command: 'set', choices: { marketing: true } });
    await waitUntil(async () => (await site.hits()).length === 1);
    await site.open();
    await waitUntil(async () => (await site.hits()).length === 2, 'restored grant did not run the tracker');
    expect(await site.hits()).to.deep.equal(['marketing', 'marketing']);
  });
});
