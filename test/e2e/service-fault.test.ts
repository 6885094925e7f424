import { expect } from '@open-wc/testing';
import { clearCookies, waitUntil } from '../helpers.js';
import { adminFetch, closeService, newServiceName, storedRecords } from '../service-admin/service.js';

// The widget, the real consent service and a real PostgreSQL server of the test's own, which it stops and
// starts (test/fixtures/consent-service.mjs): records made while the database is down are answered 503, stay in
// the widget's queue, and all arrive once the database is back, each exactly once.

interface QueuedRecord {
  recordId: string;
  consentId: string;
  source: string;
}
type SiteWindow = Window & {
  consentEvents: { type: string }[];
  consentBanner: { acceptAll(): void; rejectAll(): void; set(choices: Record<string, boolean>): void };
};

let name = '';
let base = '';
const database = async (action: 'stop' | 'start') => {
  const response = await fetch(`/test-service/pg?name=${name}&action=${action}`, { method: 'POST' });
  if (response.status !== 204) throw new Error(`${action} the database: ${response.status}`);
};
const attempts = async (run: string) => ((await (await fetch(`/test-service/attempts?prefix=${base}&run=${run}`)).json()) as { attempts: number }).attempts;
const queued = (win: Window): QueuedRecord[] => JSON.parse(win.localStorage.getItem('consent_banner_records') ?? '[]') as QueuedRecord[];

async function navigate(frame: HTMLIFrameElement, url: string): Promise<void> {
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  await loaded;
}

async function visit(frame: HTMLIFrameElement, run: string): Promise<SiteWindow> {
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/e2e/fixtures/service-site.html?db=${name}&run=${run}`;
  await loaded;
  const win = frame.contentWindow as SiteWindow;
  await waitUntil(() => win.consentEvents.some((e) => e.type === 'consent-ready'), 'no consent-ready event');
  return win;
}

describe('records reach the consent service through a database outage', function () {
  this.timeout(90_000);
  let frame: HTMLIFrameElement;
  beforeEach(async () => {
    clearCookies();
    localStorage.clear();
    name = newServiceName();
    base = `/pg/${name}`;
    // Starts a PostgreSQL server and a service on it.
    expect((await (await fetch(`${base}/health`)).json()) as unknown).to.deep.equal({ ok: true, store: 'postgres' });
    frame = document.createElement('iframe');
    frame.width = '1024';
    frame.height = '700';
    document.body.append(frame);
  });
  afterEach(async () => {
    frame.remove();
    clearCookies();
    localStorage.clear();
    await closeService(name);
  });

  it('database stopped → 503 → the queue retries while the page is open → database back → every record stored once', async () => {
    const run = Math.random().toString(36).slice(2);
    const win = await visit(frame, run);
    await database('stop');
    const health = await fetch(`${base}/health`);
    expect(health.status, 'the service says the database is down').to.equal(503);

    // Three decisions while the database is down: the banner's button, then two through the page's API.
    const banner = win.document.querySelector('consent-banner')!;
    await waitUntil(() => banner.shadowRoot?.querySelector('[part~="banner"]'), 'banner not shown');
    [...banner.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'すべて同意する')!.click();
    win.consentBanner.set({ marketing: false });
    win.consentBanner.rejectAll();
    await waitUntil(() => queued(win).length === 3, 'the three records are not queued');
    // The first record was tried again on each decision, and the service refused it (503) each time.
    await waitUntil(async () => (await attempts(run)) >= 3, 'the widget did not try', { timeout: 10_000 });
    const waiting = queued(win);
    expect(waiting.map((r) => r.source)).to.deep.equal(['banner', 'api', 'api']);
    const consentId = waiting[0].consentId;
    expect((await adminFetch(`${base}/api/records?consentId=${consentId}`)).status, 'the lookup also waits for the database').to.equal(503);

    await database('start');
    await waitUntil(async () => (await storedRecords(consentId, base)).length >= 3, 'records not delivered after the database came back', { timeout: 30_000 });
    await waitUntil(() => queued(win).length === 0, 'the queue was not emptied');
    const stored = await storedRecords(consentId, base);
    expect(stored.map((r) => r.recordId), 'each record once, in order, with the id the widget gave it').to.deep.equal(waiting.map((r) => r.recordId));
    expect(stored.map((r) => [r.record.source, r.record.state.analytics, r.record.state.marketing])).to.deep.equal([
      ['banner', true, true],
      ['api', true, false],
      ['api', false, false],
    ]);
  });

  it('records still queued when the visitor leaves go out on the next page view, once', async () => {
    const run = Math.random().toString(36).slice(2);
    let win = await visit(frame, run);
    await database('stop');
    win.consentBanner.set({ analytics: true });
    win.consentBanner.set({ marketing: true });
    await waitUntil(async () => (await attempts(run)) >= 2, 'the widget did not try', { timeout: 10_000 });
    const waiting = queued(win);
    expect(waiting).to.have.length(2);

    // The visitor leaves before the widget's next try; the database comes back; they open another page.
    await navigate(frame, 'about:blank');
    await database('start');
    win = await visit(frame, run);
    const consentId = waiting[0].consentId;
    await waitUntil(async () => (await storedRecords(consentId, base)).length >= 2, 'queued records not delivered on the next page view', { timeout: 20_000 });
    await waitUntil(() => queued(win).length === 0, 'the queue was not emptied');
    expect((await storedRecords(consentId, base)).map((r) => r.recordId)).to.deep.equal(waiting.map((r) => r.recordId));
  });
});
