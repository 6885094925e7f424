import { expect } from '@open-wc/testing';
import { installAutoBlock } from '../../src/core/auto-block.js';
import { createConsentManager } from '../../src/core/consent-manager.js';
import { createScriptGate } from '../../src/core/script-gate.js';
import { reportTo } from '../../src/core/boot-problems.js';
import { consoleLogger } from '../../src/core/log.js';
import { waitUntil } from '../helpers.js';

declare global {
  interface Window {
    __blockedRuns?: string[];
  }
}

// The test page is served from localhost; the same file from 127.0.0.1 stands for a tracker's domain.
const trackerUrl = `${location.protocol}//127.0.0.1:${location.port}/test/core/fixtures/blocked-tracker.js`;
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('autoBlock', () => {
  let stop: (() => void) | undefined;
  let gate: ReturnType<typeof createScriptGate> | undefined;
  const added: Element[] = [];
  beforeEach(() => (window.__blockedRuns = []));
  afterEach(() => {
    stop?.();
    gate?.disconnect();
    added.splice(0).forEach((el) => el.remove());
  });

  function setup() {
    const manager = createConsentManager({
      policyUrl: '/p',
      autoBlock: true,
      vendors: [{ id: 'tracker', name: 'Tracker', category: 'analytics', domains: ['127.0.0.1'] }],
    });
    stop = installAutoBlock(manager, () => manager.config.vendors, document);
    gate = createScriptGate(manager, document, reportTo(consoleLogger));
    return manager;
  }

  it('holds back a script a tag manager injects from a vendor domain until its category is granted, then runs it once', async () => {
    const manager = setup();
    const script = document.createElement('script');
    script.src = trackerUrl;
    script.dataset.label = 'injected';
    document.head.append(script);
    added.push(script);
    await settle();
    expect(window.__blockedRuns).to.deep.equal([]);
    expect(script.type).to.equal('text/plain');
    expect(script.dataset.consent).to.equal('analytics');

    manager.set({ analytics: true });
    await waitUntil(() => window.__blockedRuns!.length === 1, 'did not run after the grant');
    manager.set({ analytics: false });
    manager.set({ analytics: true });
    await settle();
    expect(window.__blockedRuns).to.deep.equal(['injected']);
  });

  it('also catches a src given with setAttribute, and leaves other hosts alone', async () => {
    setup();
    const blocked = document.createElement('script');
    blocked.setAttribute('src', trackerUrl);
    const own = document.createElement('script');
    own.src = new URL('./fixtures/ordered-tracker.js', import.meta.url).href;
    window.__gatedRuns = [];
    document.head.append(blocked, own);
    added.push(blocked, own);
    await waitUntil(() => window.__gatedRuns!.length === 1, 'the site\'s own script must still run');
    await settle();
    expect(window.__blockedRuns).to.deep.equal([]);
  });

  it('moves an iframe from a vendor domain to data-src until granted', async () => {
    const manager = setup();
    const frame = document.createElement('iframe');
    frame.src = `${location.protocol}//127.0.0.1:${location.port}/test/core/fixtures/embed.html`;
    document.body.append(frame);
    added.push(frame);
    await waitUntil(() => frame.hasAttribute('data-src'));
    expect(frame.hasAttribute('src')).to.equal(false);
    expect(manager.isGranted('analytics')).to.equal(false);
  });
});
