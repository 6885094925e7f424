import { expect } from '@open-wc/testing';
import { createConsentManager } from '../../src/core/consent-manager.js';
import { formatConsentCookie } from '../../src/core/cookie-format.js';
import type { ConsentChangeEvent } from '../../src/core/events.js';
import { handleOptOutLink, type UnsubscribeRequest } from '../../src/core/opt-out-link.js';
import { createMemoryStorage } from '../../src/core/storage.js';
import { recordingLogger, waitUntil } from '../helpers.js';

const originalUrl = location.href;

function openLink(query: string) {
  history.replaceState(null, '', `${location.pathname}${query}`);
}

async function unsubscribeLog(run: string): Promise<{ entries: UnsubscribeRequest[]; attempts: number }> {
  return (await fetch(`/unsubscribe-log?run=${run}`)).json();
}

describe('unsubscribe link (seed policy 001)', () => {
  const events: ConsentChangeEvent['detail'][] = [];
  const record = (e: Event) => events.push((e as ConsentChangeEvent).detail);
  beforeEach(() => {
    events.length = 0;
    document.addEventListener('consent-change', record);
  });
  afterEach(() => {
    document.removeEventListener('consent-change', record);
    history.replaceState(null, '', originalUrl);
  });

  it('withdraws the category at once for a first-time visitor, stores it, and removes the parameters from the address', () => {
    openLink('?page=news&consent-opt-out=marketing&consent-token=t0k3n');
    const storage = createMemoryStorage();
    const manager = createConsentManager({ policyUrl: '/p' }, { storage, gpc: false });
    expect(handleOptOutLink(manager, window, recordingLogger())).to.equal(true);
    expect(manager.isDecided()).to.equal(true);
    expect(manager.getState().marketing).to.equal(false);
    expect(storage.read()).to.match(/^1\|1\|\d+\|[a-z0-9]{16}\|$/);
    expect(location.search).to.equal('?page=news');
    expect(manager.getView()).to.equal('notice');
    expect(manager.getNotice()).to.deep.include({ type: 'opt-out', category: 'marketing', token: 't0k3n', previous: false, delivery: 'none' });

    manager.start();
    expect(events).to.deep.equal([
      { state: { service: true, analytics: false, marketing: false }, changed: [], source: 'link', token: 't0k3n' },
    ]);
  });

  it('withdraws a returning visitor\'s grant and keeps their other choices; Undo restores it', () => {
    openLink('?consent-opt-out=marketing&consent-token=abc');
    const storage = createMemoryStorage(
      formatConsentCookie({ revision: '1', time: Date.now() - 1000, consentId: 'visitor00001', granted: ['analytics', 'marketing'] }),
    );
    const manager = createConsentManager({ policyUrl: '/p' }, { storage, gpc: false });
    handleOptOutLink(manager, window, recordingLogger());
    manager.start();
    expect(manager.getState()).to.deep.equal({ service: true, analytics: true, marketing: false });
    expect(events[0]).to.deep.include({ changed: ['marketing'], source: 'link', token: 'abc' });
    expect(storage.read()).to.match(/\|visitor00001\|analytics$/);

    const notice = manager.getNotice();
    if (notice?.type !== 'opt-out') throw new Error('no opt-out notice');
    notice.undo();
    expect(manager.getState().marketing).to.equal(true);
    expect(manager.getView()).to.equal('hidden');
  });

  it('is harmless when opened twice, and ignores unknown or required categories', () => {
    const log = recordingLogger();
    const manager = createConsentManager({ policyUrl: '/p' }, { gpc: false });
    openLink('?consent-opt-out=marketing');
    handleOptOutLink(manager, window, log);
    openLink('?consent-opt-out=marketing');
    handleOptOutLink(manager, window, log);
    expect(manager.getState().marketing).to.equal(false);
    openLink('?consent-opt-out=service');
    expect(handleOptOutLink(manager, window, log)).to.equal(false);
    expect(manager.getState().service).to.equal(true);
    expect(log.warnings[0]).to.contain('"service"');
    expect(location.search).to.equal('');
  });

  it('uses the configured parameter names', () => {
    openLink('?unsub=analytics&t=1');
    const manager = createConsentManager({ policyUrl: '/p', optOutParam: 'unsub', optOutTokenParam: 't' }, { gpc: false });
    manager.set({ analytics: true });
    handleOptOutLink(manager, window, recordingLogger());
    expect(manager.getState().analytics).to.equal(false);
    expect(location.search).to.equal('');
  });

  it('POSTs the opt-out to the site\'s endpoint and reports it sent', async () => {
    const run = Math.random().toString(36).slice(2);
    openLink('?consent-opt-out=marketing&consent-token=tok');
    const manager = createConsentManager({ policyUrl: '/p', unsubscribeEndpoint: `/unsubscribe?run=${run}` }, { gpc: false });
    handleOptOutLink(manager, window, recordingLogger(), [10, 10]);
    expect(manager.getNotice()).to.deep.include({ delivery: 'pending' });
    await waitUntil(() => manager.getNotice()?.type === 'opt-out' && (manager.getNotice() as { delivery: string }).delivery === 'sent');
    const { entries } = await unsubscribeLog(run);
    expect(entries).to.have.length(1);
    expect(entries[0]).to.include({ category: 'marketing', token: 'tok', consentId: manager.getDecision()!.consentId, action: 'opt-out' });
    expect(new Date(entries[0].time).getTime()).to.equal(manager.getDecision()!.time);
  });

  it('retries a failing endpoint and recovers', async () => {
    const run = Math.random().toString(36).slice(2);
    openLink('?consent-opt-out=marketing&consent-token=tok');
    const manager = createConsentManager({ policyUrl: '/p', unsubscribeEndpoint: `/unsubscribe?run=${run}&fail=2` }, { gpc: false });
    handleOptOutLink(manager, window, recordingLogger(), [10, 10, 10]);
    await waitUntil(() => (manager.getNotice() as { delivery: string }).delivery === 'sent', 'never sent');
    const log = await unsubscribeLog(run);
    expect(log.attempts).to.equal(3);
    expect(log.entries).to.have.length(1);
  });

  it('says plainly when the endpoint could not record it', async () => {
    const run = Math.random().toString(36).slice(2);
    openLink('?consent-opt-out=marketing&consent-token=tok');
    const manager = createConsentManager({ policyUrl: '/p', unsubscribeEndpoint: `/unsubscribe?run=${run}&fail=99` }, { gpc: false });
    handleOptOutLink(manager, window, recordingLogger(), [10, 10]);
    await waitUntil(() => (manager.getNotice() as { delivery: string }).delivery === 'failed', 'failure not reported');
    expect((await unsubscribeLog(run)).attempts).to.equal(3);
    expect(manager.getState().marketing, 'the withdrawal itself still stands').to.equal(false);
  });
});
