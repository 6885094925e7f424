import { expect } from '@open-wc/testing';
import { createConsentManager, type ConsentRecord } from '../../src/core/consent-manager.js';
import { installRecordSender, type SentRecord } from '../../src/core/records.js';
import { createMemoryStorage } from '../../src/core/storage.js';
import { waitUntil } from '../helpers.js';
import { storedRecords } from '../service-admin/service.js';

/** What the consent service (the real one, mounted by the test server) stored for a consent id. */
async function receivedRecords(consentId: string): Promise<SentRecord[]> {
  return (await storedRecords(consentId)).map((stored) => stored.record as unknown as SentRecord);
}

describe('consent records', () => {
  const originalLang = document.documentElement.lang;
  afterEach(() => {
    localStorage.clear();
    document.documentElement.lang = originalLang;
  });

  it('produces a record of every decision with the documented fields', () => {
    document.documentElement.lang = 'en';
    const manager = createConsentManager({ policyUrl: '/p', revision: '2026-11', textVersion: 'shop-3' }, { gpc: false, now: () => Date.UTC(2026, 10, 30, 1, 2, 3) });
    const records: ConsentRecord[] = [];
    manager.onRecord((r) => records.push(r));
    manager.set({ analytics: true }, 'preferences');
    expect(records).to.deep.equal([
      {
        consentId: manager.getDecision()!.consentId,
        time: '2026-11-30T01:02:03.000Z',
        revision: '2026-11',
        language: 'en',
        state: { service: true, analytics: true, marketing: false },
        source: 'preferences',
        textVersion: '1+shop-3',
        gpc: false,
      },
    ]);
  });

  it('sends each record to recordEndpoint, where the consent service validates it against the schema and stores it', async () => {
    const manager = createConsentManager({ policyUrl: '/p', recordEndpoint: '/consent-records' }, { storage: createMemoryStorage(), gpc: false });
    const sender = installRecordSender(manager, window);
    manager.acceptAll('banner');
    manager.rejectAll('preferences');
    await sender.flush();
    const stored = await receivedRecords(manager.getDecision()!.consentId);
    expect(stored.map((r) => [r.source, r.state.analytics])).to.deep.equal([
      ['banner', true],
      ['preferences', false],
    ]);
    expect(localStorage.getItem('consent_banner_records')).to.equal(null);
  });

  it('the service refuses a record that does not match the schema, naming the field', async () => {
    const record = { consentId: 'x', time: '2026-11-30T01:02:03.000Z', revision: '1', language: 'ja', state: { service: true }, source: 'banner', textVersion: '1', gpc: false };
    const response = await fetch('/consent-records', { method: 'POST', body: JSON.stringify(record) });
    expect(response.status).to.equal(422);
    expect(((await response.json()) as { field: string }).field).to.equal('/consentId');
  });

  it('queues records in localStorage while the endpoint fails and sends them when it recovers', async () => {
    const run = Math.random().toString(36).slice(2);
    const manager = createConsentManager(
      { policyUrl: '/p', recordEndpoint: `/consent-records?run=${run}&fail=99` },
      { storage: createMemoryStorage(), gpc: false },
    );
    const sender = installRecordSender(manager, window, [], []);
    manager.set({ marketing: true }, 'banner');
    await sender.flush();
    const queued = JSON.parse(localStorage.getItem('consent_banner_records') ?? '[]') as ConsentRecord[];
    expect(queued.map((r) => r.source), 'kept for later').to.deep.equal(['banner']);
    expect(await receivedRecords(manager.getDecision()!.consentId)).to.deep.equal([]);

    // On the next page view the endpoint has recovered: the queued record goes out.
    const nextPageView = createConsentManager({ policyUrl: '/p', recordEndpoint: `/consent-records?run=${run}` }, { gpc: false });
    await installRecordSender(nextPageView, window).flush();
    await waitUntil(async () => (await receivedRecords(manager.getDecision()!.consentId)).length === 1);
    expect(localStorage.getItem('consent_banner_records')).to.equal(null);
  });

  it('tries again while the page stays open, so a short outage needs no new page view', async () => {
    const run = Math.random().toString(36).slice(2);
    const manager = createConsentManager({ policyUrl: '/p', recordEndpoint: `/consent-records?run=${run}&fail=2` }, { storage: createMemoryStorage(), gpc: false });
    installRecordSender(manager, window, [], [10, 10]);
    manager.set({ analytics: true }, 'banner');
    await waitUntil(async () => (await receivedRecords(manager.getDecision()!.consentId)).length === 1, 'not delivered by the third try');
    await waitUntil(() => localStorage.getItem('consent_banner_records') === null, 'still queued');
  });

  it('gives every record a random recordId when the decision is made, one per decision', async () => {
    const run = Math.random().toString(36).slice(2);
    const manager = createConsentManager(
      { policyUrl: '/p', recordEndpoint: `/consent-records?run=${run}&fail=99` },
      { storage: createMemoryStorage(), gpc: false },
    );
    const sender = installRecordSender(manager, window, [], []);
    manager.acceptAll('banner');
    manager.rejectAll('preferences');
    await sender.flush();
    const queued = JSON.parse(localStorage.getItem('consent_banner_records') ?? '[]') as SentRecord[];
    expect(queued.map((r) => r.source)).to.deep.equal(['banner', 'preferences']);
    for (const record of queued) expect(record.recordId).to.match(/^[A-Za-z0-9_-]{22}$/);
    expect(queued[0].recordId).not.to.equal(queued[1].recordId);
  });

  it('keeps a queued record\'s recordId across retries, so the record stored after recovery carries it', async () => {
    const run = Math.random().toString(36).slice(2);
    const manager = createConsentManager(
      { policyUrl: '/p', recordEndpoint: `/consent-records?run=${run}&fail=99` },
      { storage: createMemoryStorage(), gpc: false },
    );
    const sender = installRecordSender(manager, window, [], []);
    manager.set({ analytics: true }, 'banner');
    await sender.flush();
    await sender.flush(); // a second failed attempt must not give it a new id
    const [queued] = JSON.parse(localStorage.getItem('consent_banner_records') ?? '[]') as SentRecord[];
    expect(queued.recordId).to.match(/^[A-Za-z0-9_-]{22}$/);

    const nextPageView = createConsentManager({ policyUrl: '/p', recordEndpoint: `/consent-records?run=${run}` }, { gpc: false });
    await installRecordSender(nextPageView, window).flush();
    const stored = await receivedRecords(manager.getDecision()!.consentId);
    expect(stored.map((r) => r.recordId)).to.deep.equal([queued.recordId]);
  });

  it('stores once a record whose answer was lost: the retry carries the same recordId', async () => {
    const run = Math.random().toString(36).slice(2);
    // The first attempt reaches the service and is stored, but the widget sees 503 (a dropped connection).
    const manager = createConsentManager({ policyUrl: '/p', recordEndpoint: `/consent-records?run=${run}&lose=1` }, { storage: createMemoryStorage(), gpc: false });
    const sender = installRecordSender(manager, window, [10]);
    manager.set({ marketing: true }, 'banner');
    await sender.flush();
    expect(localStorage.getItem('consent_banner_records'), 'delivered on the retry').to.equal(null);
    const stored = await storedRecords(manager.getDecision()!.consentId);
    expect(stored.map((r) => r.record.source)).to.deep.equal(['banner']);
    expect(stored[0].recordId).to.match(/^[A-Za-z0-9_-]{22}$/);
  });

  it('gives records queued by an older version (without recordId) an id once, and keeps it', async () => {
    const run = Math.random().toString(36).slice(2);
    const old = { consentId: 'Old0queued0record1', time: '2026-11-30T01:02:03.000Z', revision: '1', language: 'ja', state: { service: true, analytics: false }, source: 'banner', textVersion: '1', gpc: false };
    localStorage.setItem('consent_banner_records', JSON.stringify([old]));
    const manager = createConsentManager({ policyUrl: '/p', recordEndpoint: `/consent-records?run=${run}&fail=99` }, { gpc: false });
    const sender = installRecordSender(manager, window, [], []);
    await sender.flush();
    const [first] = JSON.parse(localStorage.getItem('consent_banner_records') ?? '[]') as SentRecord[];
    expect(first).to.deep.include(old);
    expect(first.recordId).to.match(/^[A-Za-z0-9_-]{22}$/);
    await sender.flush();
    const [again] = JSON.parse(localStorage.getItem('consent_banner_records') ?? '[]') as SentRecord[];
    expect(again.recordId).to.equal(first.recordId);
  });
});
