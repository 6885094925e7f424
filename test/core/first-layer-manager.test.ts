import { expect } from '@open-wc/testing';
import { resolveConfig } from '../../src/core/config.js';
import { createManagerFor, type ConsentManager, type ConsentView } from '../../src/core/manager.js';
import type { ConsentChangeDetail } from '../../src/core/events.js';
import { createFirstLayerManager } from '../../src/core/first-layer-manager.js';
import { lifetimeDays } from '../../src/core/decision-rule.js';
import { cookieValues } from '../../src/core/read-cookie.js';
import { parseConsentCookie } from '../../src/core/cookie-format.js';
import { createCookieStorage } from '../../src/core/storage.js';
import { clearCookies, readCookie, recordingLogger } from '../helpers.js';

const COOKIE = 'first_layer_test';
const config = () =>
  resolveConfig({ cookieName: COOKIE, revision: '7', recordEndpoint: '/records', categories: { marketing: { sellOrShare: true } } }, recordingLogger());

/**
 * A first-layer manager whose full manager (a real one, on the real cookie) "arrives" when the test says so,
 * started as the core starts it.
 */
function setup({ gpc = false } = {}) {
  const resolved = config();
  let loads = 0;
  let full: ConsentManager | undefined;
  let arrive!: (manager: ConsentManager) => void;
  const fullStarted = new Promise<ConsentManager>((resolve) => (arrive = resolve));
  const firstLayer = createFirstLayerManager(resolved, {
    gpc,
    lifetimeDays,
    cookieValues,
    fullStarted,
    loadFull: () => {
      loads += 1;
      return fullStarted;
    },
  });
  const coreArrives = async () => {
    full = createManagerFor(config(), { storage: createCookieStorage({ name: COOKIE }), log: recordingLogger(), gpc });
    full.start();
    arrive(full);
    await firstLayer.handedOver;
    return full;
  };
  return { firstLayer, coreArrives, loads: () => loads };
}

const pageHide = () => window.dispatchEvent(new Event('pagehide'));

describe('the first layer (a first visit\'s banner before the core)', () => {
  beforeEach(() => {
    clearCookies();
    localStorage.clear();
  });
  afterEach(() => {
    clearCookies();
    localStorage.clear();
  });

  it('shows the banner with nothing granted but service provision, and loads nothing until asked', () => {
    const { firstLayer, loads } = setup();
    expect(firstLayer.getView()).to.equal('banner');
    expect(firstLayer.getState()).to.deep.equal({ service: true, analytics: false, marketing: false });
    expect(firstLayer.isDecided()).to.equal(false);
    expect(firstLayer.getAskReason()).to.equal('first-visit');
    firstLayer.syncFromStorage(); // a tab switch, with no cookie written by another tab
    expect(loads()).to.equal(0);
  });

  it('hides the banner at the click, then has the core carry the decision out with its source', async () => {
    const { firstLayer, coreArrives, loads } = setup();
    const views: ConsentView[] = [];
    const changes: ConsentChangeDetail[] = [];
    firstLayer.onViewChange((view) => views.push(view));
    firstLayer.onChange((detail) => changes.push(detail));
    firstLayer.acceptAll('banner');
    expect(views, 'hidden within the click').to.deep.equal(['hidden']);
    expect(loads()).to.equal(1);
    expect(readCookie(COOKIE), 'stored by the core, not before').to.equal(undefined);
    await coreArrives();
    expect(changes).to.have.length(1);
    expect(changes[0]).to.deep.include({ changed: ['analytics', 'marketing'], source: 'banner' });
    expect(parseConsentCookie(readCookie(COOKIE))!.granted).to.deep.equal(['analytics', 'marketing']);
    expect(firstLayer.getView()).to.equal('hidden');
  });

  it('carries out several decisions in the order they were made, each with its record', async () => {
    const { firstLayer, coreArrives } = setup();
    const records: string[] = [];
    firstLayer.onRecord((record) => records.push(`${record.source}:${Object.entries(record.state).filter(([, on]) => on).map(([id]) => id).join('+')}`));
    firstLayer.acceptAll('banner');
    firstLayer.set({ marketing: false });
    firstLayer.rejectAll();
    expect(firstLayer.getState(), 'the last word, before the core').to.deep.equal({ service: true, analytics: false, marketing: false });
    const full = await coreArrives();
    expect(full.getState()).to.deep.equal({ service: true, analytics: false, marketing: false });
    expect(records).to.deep.equal(['banner:service+analytics+marketing', 'api:service+analytics', 'api:service']);
  });

  it('keeps the decision when the page is left before the core arrives: the cookie, and the record queued', () => {
    const { firstLayer } = setup();
    firstLayer.acceptAll('banner');
    pageHide();
    const stored = parseConsentCookie(readCookie(COOKIE));
    expect(stored).to.include({ revision: '7' });
    expect(stored!.granted).to.deep.equal(['analytics', 'marketing']);
    const queued = JSON.parse(localStorage.getItem(`${COOKIE}_records`)!);
    expect(queued).to.have.length(1);
    expect(queued[0]).to.deep.include({ consentId: stored!.consentId, source: 'banner', revision: '7', gpc: false });
    expect(queued[0].state).to.deep.equal({ service: true, analytics: true, marketing: true });
  });

  it('under Global Privacy Control, accept all leaves sell-or-share categories off, also when stored on leaving', () => {
    const { firstLayer } = setup({ gpc: true });
    firstLayer.acceptAll('banner');
    expect(firstLayer.getState()).to.deep.equal({ service: true, analytics: true, marketing: false });
    pageHide();
    const stored = parseConsentCookie(readCookie(COOKIE));
    expect(stored).to.include({ gpc: true });
    expect(stored!.granted).to.deep.equal(['analytics']);
  });

  it('stores nothing on leaving when the visitor has not decided', () => {
    setup();
    pageHide();
    expect(readCookie(COOKIE)).to.equal(undefined);
    expect(localStorage.getItem(`${COOKIE}_records`)).to.equal(null);
  });

  it('after storing on leaving, the core finds the decision and does not make it twice', async () => {
    const { firstLayer, coreArrives } = setup();
    const changes: ConsentChangeDetail[] = [];
    firstLayer.onChange((detail) => changes.push(detail));
    firstLayer.rejectAll('banner');
    pageHide(); // e.g. the page went to the back-forward cache and came back
    const value = readCookie(COOKIE);
    const full = await coreArrives();
    expect(readCookie(COOKIE), 'the stored decision stands').to.equal(value);
    expect(full.isDecided()).to.equal(true);
    expect(changes, 'nothing changed from what the page applied').to.deep.equal([]);
  });

  it('loads the core for another tab\'s cookie, and reports its decision once the listeners moved', async () => {
    const { firstLayer, coreArrives, loads } = setup();
    const changes: ConsentChangeDetail[] = [];
    firstLayer.onChange((detail) => changes.push(detail));
    document.cookie = `${COOKIE}=1|7|${Math.floor(Date.now() / 1000)}|abcdefgh12345678|analytics; Path=/`;
    firstLayer.syncFromStorage();
    expect(loads()).to.equal(1);
    await coreArrives();
    expect(changes).to.have.length(1);
    expect(changes[0]).to.deep.include({ changed: ['analytics'], source: 'sync' });
    expect(firstLayer.getView(), 'the banner goes').to.equal('hidden');
  });

  it('opens the preferences through the core, and forwards everything once it is here', async () => {
    const { firstLayer, coreArrives, loads } = setup();
    firstLayer.showPreferences();
    expect(loads()).to.equal(1);
    expect(firstLayer.getView(), 'until the core is here').to.equal('banner');
    const full = await coreArrives();
    expect(full.getView()).to.equal('preferences');
    expect(firstLayer.getView()).to.equal('preferences');
    firstLayer.closePreferences();
    expect(full.getView()).to.equal('banner');
  });
});
