import { expect, waitUntil } from '@open-wc/testing';
import type { ConsentChangeDetail } from '../../src/core/events.js';
import { installTabSync } from '../../src/core/tab-sync.js';

/** The two manager methods tab sync uses, recording what it asked for. */
function fakeManager() {
  const listeners = new Set<(detail: Pick<ConsentChangeDetail, 'source'>) => void>();
  const manager = {
    syncs: 0,
    syncFromStorage() {
      manager.syncs += 1;
    },
    onChange(listener: (detail: ConsentChangeDetail) => void) {
      const wrapped = listener as (detail: Pick<ConsentChangeDetail, 'source'>) => void;
      listeners.add(wrapped);
      return () => listeners.delete(wrapped);
    },
    change(source: ConsentChangeDetail['source']) {
      for (const listener of listeners) listener({ source });
    },
  };
  return manager;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 20));
let cookieName = '';
let uninstall: (() => void) | undefined;
beforeEach(() => {
  // A channel per test, so a message of one test never reaches another.
  cookieName = `tab_sync_${Math.random().toString(36).slice(2)}`;
});
afterEach(() => uninstall?.());

describe('tab sync', () => {
  it('re-reads the cookie when another tab says it decided', async () => {
    const manager = fakeManager();
    uninstall = installTabSync(manager, cookieName);
    await nextTask();
    const readsAtOpening = manager.syncs;
    const otherTab = new BroadcastChannel(`consent-banner:${cookieName}`);
    otherTab.postMessage('changed');
    await waitUntil(() => manager.syncs === readsAtOpening + 1, 'the tab did not re-read the cookie');
    otherTab.close();
  });

  it('reads the cookie once more as its channel opens, for a decision another tab made meanwhile', async () => {
    const manager = fakeManager();
    uninstall = installTabSync(manager, cookieName);
    // The channel opens a task after the boot: a message posted before then reaches no one here.
    expect(manager.syncs).to.equal(0);
    await nextTask();
    expect(manager.syncs).to.equal(1);
  });

  it('does not read the cookie as its channel opens when this tab decided first', async () => {
    const manager = fakeManager();
    uninstall = installTabSync(manager, cookieName);
    // An unsubscribe link or a page script decided during the boot; with cookies refused, a read now
    // would find no cookie and take the choice back.
    manager.change('link');
    await nextTask();
    expect(manager.syncs).to.equal(0);
  });

  it('tells other tabs about a decision made here, but does not echo one it heard', async () => {
    const manager = fakeManager();
    uninstall = installTabSync(manager, cookieName);
    await nextTask();
    const heard: unknown[] = [];
    const otherTab = new BroadcastChannel(`consent-banner:${cookieName}`);
    otherTab.onmessage = (event) => heard.push(event.data);
    manager.change('sync');
    await nextTask();
    expect(heard).to.deep.equal([]);
    manager.change('banner');
    await waitUntil(() => heard.length === 1, 'the other tab heard nothing');
    expect(heard).to.deep.equal(['changed']);
    otherTab.close();
  });

  it('hears nothing more once uninstalled, even when uninstalled before its channel opened', async () => {
    const manager = fakeManager();
    installTabSync(manager, cookieName)();
    await nextTask();
    const otherTab = new BroadcastChannel(`consent-banner:${cookieName}`);
    const heard: unknown[] = [];
    otherTab.onmessage = (event) => heard.push(event.data);
    otherTab.postMessage('changed');
    manager.change('banner');
    await nextTask();
    expect(manager.syncs).to.equal(0);
    expect(heard).to.deep.equal([]);
    otherTab.close();
  });

  it('re-reads the cookie when the tab becomes visible again', async () => {
    const manager = fakeManager();
    uninstall = installTabSync(manager, cookieName);
    document.dispatchEvent(new Event('visibilitychange'));
    // The test page is visible, as a tab the visitor comes back to.
    expect(document.visibilityState).to.equal('visible');
    expect(manager.syncs).to.equal(1);
  });
});
