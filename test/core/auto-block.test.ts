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

  it('holds an iframe a script creates before it is inserted, so it never starts loading', () => {
    setup();
    const frame = document.createElement('iframe');
    frame.src = `${location.protocol}//127.0.0.1:${location.port}/test/core/fixtures/embed.html`;
    document.body.append(frame);
    added.push(frame);
    // At once, not a microtask later: an inserted iframe with a src has already asked for it.
    expect(frame.hasAttribute('src')).to.equal(false);
    expect(frame.dataset.src).to.contain('/test/core/fixtures/embed.html');
  });

  describe('while the catalogue is on its way', () => {
    // The test page is localhost; 127.0.0.1 plays a catalogue vendor's host and consent.test (mapped to
    // this machine in every test browser) a host no vendor claims, such as a library's CDN.
    const otherHostUrl = `${location.protocol}//consent.test:${location.port}/test/core/fixtures/blocked-tracker.js`;

    function setupPending(granted: Record<string, boolean> = {}) {
      const manager = createConsentManager({ policyUrl: '/p', autoBlock: true });
      if (Object.keys(granted).length) manager.set(granted);
      let arrive!: () => void;
      const vendorsComplete = new Promise<void>((resolve) => (arrive = resolve));
      const vendors: { category: string; domains: string[] }[] = [];
      stop = installAutoBlock(manager, () => vendors, document, { vendorsComplete });
      gate = createScriptGate(manager, document, reportTo(consoleLogger));
      // What the catalogue brings: 127.0.0.1 is a marketing vendor's.
      const catalogueArrives = () => {
        vendors.push({ category: 'marketing', domains: ['127.0.0.1'] });
        arrive();
      };
      return { manager, catalogueArrives };
    }

    function inject(url: string, label: string) {
      const script = document.createElement('script');
      script.src = url;
      script.dataset.label = label;
      document.head.append(script);
      added.push(script);
      return script;
    }

    it('holds every script from another host until the catalogue is here, then keeps the vendor\'s and releases the rest', async () => {
      const { manager, catalogueArrives } = setupPending();
      inject(trackerUrl, 'vendor');
      inject(otherHostUrl, 'library');
      const frame = document.createElement('iframe');
      frame.src = `${location.protocol}//127.0.0.1:${location.port}/test/core/fixtures/embed.html`;
      document.body.append(frame);
      added.push(frame);
      await settle();
      // Not yet known to be anyone's: nothing from another host has run or loaded.
      expect(window.__blockedRuns).to.deep.equal([]);
      expect(frame.hasAttribute('src')).to.equal(false);

      catalogueArrives();
      await waitUntil(() => window.__blockedRuns!.includes('library'), 'the script no vendor claims must run once the catalogue is here');
      await settle();
      expect(window.__blockedRuns).to.deep.equal(['library']);
      const held = document.querySelector<HTMLScriptElement>('script[data-label="vendor"]')!;
      expect(held.dataset.consent).to.equal('marketing');
      added.push(held, ...document.querySelectorAll('script[data-label="library"]'));

      manager.set({ marketing: true });
      await waitUntil(() => window.__blockedRuns!.includes('vendor'), 'did not run after the grant');
      await settle();
      expect(window.__blockedRuns).to.deep.equal(['library', 'vendor']);
    });

    it('runs a granted vendor\'s script once the catalogue is here, and only once', async () => {
      const { catalogueArrives } = setupPending({ marketing: true });
      inject(trackerUrl, 'vendor');
      await settle();
      expect(window.__blockedRuns).to.deep.equal([]);
      catalogueArrives();
      await waitUntil(() => window.__blockedRuns!.length === 1, 'did not run once the catalogue was here');
      await settle();
      expect(window.__blockedRuns).to.deep.equal(['vendor']);
      added.push(...document.querySelectorAll('script[data-label="vendor"]'));
    });

    it('leaves the site\'s own scripts alone meanwhile', async () => {
      setupPending();
      const own = document.createElement('script');
      own.src = new URL('./fixtures/ordered-tracker.js', import.meta.url).href;
      window.__gatedRuns = [];
      document.head.append(own);
      added.push(own);
      await waitUntil(() => window.__gatedRuns!.length === 1, 'the site\'s own script must run at once');
    });
  });
});

