import { expect } from '@open-wc/testing';
import { createConsentManager, type ConsentManager } from '../../src/core/consent-manager.js';
import { createDeferredManager } from '../../src/core/deferred-manager.js';
import type { ConsentChangeDetail } from '../../src/core/events.js';
import { createMemoryStorage } from '../../src/core/storage.js';
import { recordingLogger } from '../helpers.js';

const STORED = { service: true, analytics: true, marketing: false };

/** A stand-in over STORED whose full manager "loads" when the test says so. */
function setup({ storageChanged = false } = {}) {
  const full = createConsentManager({}, { storage: createMemoryStorage(), log: recordingLogger() });
  full.set({ analytics: true });
  let loads = 0;
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const deferred = createDeferredManager(STORED, true, async () => {
    loads += 1;
    await arrived;
    return full;
  }, () => storageChanged);
  const handOver = () => {
    deferred.handOver(full);
    arrive();
  };
  return { full, deferred, handOver, loads: () => loads };
}

describe('the boot script\'s stand-in for the full manager', () => {
  it('answers from the stored decision without loading anything', async () => {
    const { deferred, loads } = setup();
    expect(deferred.getState()).to.deep.equal(STORED);
    expect(deferred.isGranted('analytics')).to.equal(true);
    expect(deferred.isGranted('marketing')).to.equal(false);
    expect(deferred.isDecided()).to.equal(true);
    await deferred.whenGranted('analytics');
    deferred.syncFromStorage(); // a tab switch with an unchanged cookie
    expect(loads()).to.equal(0);
  });

  it('loads the full manager for a change, then applies it there with the caller\'s source', async () => {
    const { full, deferred, handOver, loads } = setup();
    const seen: ConsentChangeDetail[] = [];
    deferred.onChange((detail) => seen.push(detail));
    deferred.set({ marketing: true }, 'api');
    expect(loads()).to.equal(1);
    expect(full.isGranted('marketing'), 'nothing changes before the full manager is here').to.equal(false);
    handOver();
    await new Promise((resolve) => setTimeout(resolve));
    expect(full.isGranted('marketing')).to.equal(true);
    expect(deferred.getState()).to.deep.equal({ service: true, analytics: true, marketing: true });
    expect(seen.map(({ changed, source }) => ({ changed, source }))).to.deep.equal([{ changed: ['marketing'], source: 'api' }]);
  });

  it('moves listeners and waiters to the full manager, and drops a listener removed before', async () => {
    const { full, deferred, handOver } = setup();
    const kept: string[] = [];
    const dropped: string[] = [];
    deferred.onChange(({ source }) => kept.push(source));
    const unsubscribe = deferred.onChange(({ source }) => dropped.push(source));
    unsubscribe();
    let marketingGranted = false;
    void deferred.whenGranted('marketing').then(() => (marketingGranted = true));
    handOver();
    full.acceptAll('banner');
    await Promise.resolve();
    await Promise.resolve();
    expect(kept).to.deep.equal(['banner']);
    expect(dropped).to.deep.equal([]);
    expect(marketingGranted).to.equal(true);
  });

  it('loads the full manager to sync only when the cookie changed in another tab', async () => {
    const { deferred, handOver, loads, full } = setup({ storageChanged: true });
    let synced = 0;
    (full as ConsentManager).syncFromStorage = () => void (synced += 1);
    deferred.syncFromStorage();
    expect(loads()).to.equal(1);
    handOver();
    await new Promise((resolve) => setTimeout(resolve));
    expect(synced).to.equal(1);
  });
});
