import { expect } from '@open-wc/testing';
import { createConsentManager } from '../../src/core/consent-manager.js';
import { formatConsentCookie } from '../../src/core/cookie-format.js';
import type { ConsentChangeEvent, ConsentReadyEvent } from '../../src/core/events.js';
import { createMemoryStorage } from '../../src/core/storage.js';
import { recordingLogger } from '../helpers.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 30, 12);
const config = { policyUrl: '/privacy', revision: '2' };

function setup(stored?: string, extra: object = {}, managerOptions: { gpc?: boolean } = {}) {
  const storage = createMemoryStorage(stored);
  const log = recordingLogger();
  const target = new EventTarget();
  const changes: ConsentChangeEvent['detail'][] = [];
  const ready: ConsentReadyEvent['detail'][] = [];
  target.addEventListener('consent-change', (e) => changes.push((e as ConsentChangeEvent).detail));
  target.addEventListener('consent-ready', (e) => ready.push((e as ConsentReadyEvent).detail));
  const manager = createConsentManager(
    { ...config, ...extra },
    { storage, log, eventTarget: target, now: () => NOW, createConsentId: () => 'abcdefgh12345678', gpc: false, ...managerOptions },
  );
  /** Starts the manager as the boot script does, forgetting its consent-ready, for tests about later events. */
  const started = () => {
    manager.start();
    ready.length = 0;
    return manager;
  };
  return { manager, storage, log, changes, ready, target, started };
}

const stored = (granted: string[], overrides: object = {}) =>
  formatConsentCookie({ revision: '2', time: NOW - DAY, consentId: 'storedid0001', granted, ...overrides });

describe('consent manager', () => {
  it('starts a first visit with only service granted, undecided, showing the banner', () => {
    const { manager, ready } = setup();
    expect(manager.getState()).to.deep.equal({ service: true, analytics: false, marketing: false });
    manager.start();
    expect(ready).to.deep.equal([{ state: { service: true, analytics: false, marketing: false }, decided: false, gpc: false }]);
    expect(manager.getView()).to.equal('banner');
  });

  it('announces consent-ready once, however often start() is called', () => {
    const { manager, ready } = setup(stored(['analytics']));
    manager.start();
    manager.start();
    expect(ready).to.deep.equal([{ state: { service: true, analytics: true, marketing: false }, decided: true, gpc: false }]);
    expect(manager.getView()).to.equal('hidden');
  });

  it('holds back consent-change events until consent-ready has been dispatched', () => {
    const { manager, changes, ready } = setup();
    manager.set({ analytics: true }, 'link');
    expect(changes).to.deep.equal([]);
    manager.start();
    expect(ready).to.have.length(1);
    expect(changes.map((c) => c.source)).to.deep.equal(['link']);
  });

  it('writes no cookie before a decision', () => {
    const { manager, storage } = setup();
    manager.start();
    manager.showPreferences();
    manager.closePreferences();
    expect(storage.read()).to.equal(undefined);
  });

  it('accept all grants every category, stores it and reports what changed', () => {
    const { manager, storage, changes, started } = setup();
    started();
    manager.acceptAll('banner');
    expect(manager.getState()).to.deep.equal({ service: true, analytics: true, marketing: true });
    expect(storage.read()).to.equal(`1|2|${NOW / 1000}|abcdefgh12345678|analytics+marketing`);
    expect(changes).to.deep.equal([
      { state: { service: true, analytics: true, marketing: true }, changed: ['analytics', 'marketing'], source: 'banner' },
    ]);
    expect(manager.getView()).to.equal('hidden');
  });

  it('reject all withdraws every optional category and keeps the consent id', () => {
    const { manager, storage, changes, started } = setup(stored(['analytics', 'marketing']));
    started();
    manager.rejectAll();
    expect(manager.getState()).to.deep.equal({ service: true, analytics: false, marketing: false });
    expect(storage.read()).to.equal(`1|2|${NOW / 1000}|storedid0001|`);
    expect(changes[0]).to.deep.include({ changed: ['analytics', 'marketing'], source: 'api' });
  });

  it('set() changes only the named categories and refuses to turn service off', () => {
    const { manager, log } = setup(stored(['marketing']));
    manager.set({ analytics: true, service: false });
    expect(manager.getState()).to.deep.equal({ service: true, analytics: true, marketing: true });
    expect(log.warnings.join()).to.contain('"service" is always on');
  });

  it('whenGranted resolves at the grant, not before', async () => {
    const { manager } = setup();
    let resolved = false;
    const granted = manager.whenGranted('analytics').then(() => (resolved = true));
    await Promise.resolve();
    expect(resolved).to.equal(false);
    manager.set({ analytics: true });
    await granted;
    expect(resolved).to.equal(true);
  });

  it('onChange listeners hear every decision until they unsubscribe', () => {
    const { manager } = setup();
    const heard: string[] = [];
    const unsubscribe = manager.onChange((detail) => heard.push(detail.source));
    manager.acceptAll('banner');
    unsubscribe();
    manager.rejectAll('preferences');
    expect(heard).to.deep.equal(['banner']);
  });

  it('reset() forgets the decision and the cookie and asks again', () => {
    const { manager, storage, changes, started } = setup(stored(['analytics']));
    started();
    manager.reset();
    expect(storage.read()).to.equal(undefined);
    expect(manager.isDecided()).to.equal(false);
    expect(manager.getView()).to.equal('banner');
    expect(changes[0]).to.deep.include({ changed: ['analytics'], state: { service: true, analytics: false, marketing: false } });
  });

  it('asks again when the policy revision changed, granting nothing meanwhile but offering the old choice', () => {
    const { manager } = setup(stored(['analytics'], { revision: '1' }));
    expect(manager.isDecided()).to.equal(false);
    expect(manager.getState().analytics).to.equal(false);
    expect(manager.getStartingPoint().analytics).to.equal(true);
  });

  it('asks again when a consent is older than 12 months, or a refusal older than 6', () => {
    expect(setup(stored(['analytics'], { time: NOW - 364 * DAY })).manager.isDecided()).to.equal(true);
    expect(setup(stored(['analytics'], { time: NOW - 366 * DAY })).manager.isDecided()).to.equal(false);
    expect(setup(stored([], { time: NOW - 181 * DAY })).manager.isDecided()).to.equal(true);
    expect(setup(stored([], { time: NOW - 183 * DAY })).manager.isDecided()).to.equal(false);
  });

  it('treats a foreign cookie as no decision, says so, and leaves it until the visitor decides', () => {
    const { manager, storage, log } = setup('{"analytics":true}');
    expect(manager.isDecided()).to.equal(false);
    expect(manager.getState().analytics).to.equal(false);
    expect(log.warnings[0]).to.contain('consent_banner');
    expect(storage.read()).to.equal('{"analytics":true}');
  });

  it('ignores granted ids that are not configured', () => {
    const { manager } = setup(stored(['analytics', 'retired']));
    expect(manager.getState()).to.deep.equal({ service: true, analytics: true, marketing: false });
  });

  it('when the browser turns out not to have kept the cookie, keeps the choice for this page view and says so once', async () => {
    const log = recordingLogger();
    // A cookie store that answers "not kept" a moment after the write, as the cookie storage does.
    const refusing = { read: () => undefined, write: () => Promise.resolve(false), clear: () => {} };
    const manager = createConsentManager(config, { storage: refusing, log, now: () => NOW, gpc: false });
    manager.start();
    manager.acceptAll('banner');
    expect(manager.getView(), 'the banner closes at once').to.equal('hidden');
    await new Promise((resolve) => setTimeout(resolve));
    expect(manager.getView()).to.equal('notice');
    expect(manager.getNotice()).to.deep.equal({ type: 'storage-unavailable' });
    expect(manager.canRemember()).to.equal(false);
    manager.rejectAll('preferences');
    await new Promise((resolve) => setTimeout(resolve));
    expect(manager.isGranted('analytics'), 'the later choice holds for this page view').to.equal(false);
    expect(manager.isDecided()).to.equal(true);
    expect(log.warnings.filter((w) => w.includes('did not keep the consent cookie'))).to.have.length(1);
  });

  it('two decisions in one task are both kept: the first write\'s late check does not count against the second', async () => {
    let cookie: string | undefined;
    // Like the cookie storage: the value is set at once and checked a task later.
    const cookieLike = {
      read: () => cookie,
      write: (value: string) => {
        cookie = value;
        return new Promise<boolean>((resolve) => setTimeout(() => resolve(cookie === value)));
      },
      clear: () => (cookie = undefined),
    };
    const manager = createConsentManager(config, { storage: cookieLike, log: recordingLogger(), now: () => NOW, gpc: false });
    manager.start();
    manager.set({ analytics: true }, 'api');
    manager.set({ marketing: true }, 'api');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(manager.getNotice(), 'no "cookies disabled" notice').to.equal(null);
    expect(manager.canRemember()).to.equal(true);
    expect(cookie).to.match(/\|analytics\+marketing$/);
  });

  it('reports with source sync what differs from the state the page applied before the manager existed', () => {
    const { manager, changes } = setup(stored([]));
    manager.syncFrom({ service: true, analytics: true, marketing: false });
    expect(changes).to.deep.equal([]);
    manager.start();
    expect(changes).to.deep.equal([{ state: { service: true, analytics: false, marketing: false }, changed: ['analytics'], source: 'sync' }]);
    manager.syncFrom(manager.getState());
    expect(changes, 'nothing differs: nothing to say').to.have.length(1);
  });

  it('keeps instances independent', () => {
    const a = setup().manager;
    const b = setup().manager;
    a.acceptAll();
    expect(b.getState().analytics).to.equal(false);
  });

  it('closing the preferences goes back to the banner until the visitor decides', () => {
    const { manager } = setup();
    manager.start();
    manager.showPreferences();
    manager.closePreferences();
    expect(manager.getView()).to.equal('banner');
    manager.rejectAll('banner');
    manager.showPreferences();
    manager.closePreferences();
    expect(manager.getView()).to.equal('hidden');
  });

  describe('Global Privacy Control', () => {
    it('starts marketing refused, says so in consent-ready, and keeps it out of accept all', () => {
      const { manager, ready, storage } = setup(undefined, {}, { gpc: true });
      manager.start();
      expect(ready[0]).to.deep.include({ gpc: true, decided: false });
      expect(manager.getState().marketing).to.equal(false);
      manager.acceptAll('banner');
      expect(manager.getState()).to.deep.equal({ service: true, analytics: true, marketing: false });
      expect(storage.read()).to.match(/\|analytics\|g$/);
    });

    it('is never a grant, but the visitor may still turn marketing on explicitly', () => {
      const { manager } = setup(undefined, {}, { gpc: true });
      manager.set({ marketing: true }, 'preferences');
      expect(manager.getState().marketing).to.equal(true);
    });

    it('withdraws a marketing grant made before GPC was on, with source gpc', () => {
      const { manager, changes, storage } = setup(stored(['analytics', 'marketing']), {}, { gpc: true });
      expect(manager.getState()).to.deep.equal({ service: true, analytics: true, marketing: false });
      manager.start();
      expect(changes).to.deep.equal([{ state: { service: true, analytics: true, marketing: false }, changed: ['marketing'], source: 'gpc' }]);
      expect(storage.read()).to.match(/\|analytics\|g$/);
    });

    it('keeps a marketing grant the visitor gave while GPC was on', () => {
      const { manager, changes } = setup(stored(['marketing'], { gpc: true }), {}, { gpc: true });
      manager.start();
      expect(manager.getState().marketing).to.equal(true);
      expect(changes).to.deep.equal([]);
    });

    it('changes nothing when the browser sends no GPC', () => {
      const { manager } = setup(stored(['marketing']), {}, { gpc: false });
      expect(manager.getState().marketing).to.equal(true);
    });
  });

  it('applies a decision another tab stored, with source sync', () => {
    const { manager, storage, changes } = setup();
    manager.start();
    storage.write(stored(['analytics']), 365);
    manager.syncFromStorage();
    expect(manager.getState().analytics).to.equal(true);
    expect(manager.getView()).to.equal('hidden');
    expect(changes).to.deep.equal([{ state: { service: true, analytics: true, marketing: false }, changed: ['analytics'], source: 'sync' }]);
    manager.syncFromStorage();
    expect(changes).to.have.length(1);
  });

  it('reads duplicated cookies (other paths or domains) for the newest valid decision, and says so', () => {
    const older = stored(['marketing'], { time: NOW - 3 * DAY });
    const newer = stored(['analytics'], { time: NOW - DAY });
    const storage = { ...createMemoryStorage(older), readAll: () => [older, 'garbage', newer] };
    const log = recordingLogger();
    const manager = createConsentManager(config, { storage, log, now: () => NOW, gpc: false });
    expect(manager.getState()).to.deep.equal({ service: true, analytics: true, marketing: false });
    expect(log.warnings.join('\n')).to.contain('Found 3 cookies named "consent_banner"');
  });

  it('does not trust a decision time in the future', () => {
    const { manager, log } = setup(stored(['analytics'], { time: NOW + 30 * DAY }));
    expect(manager.isDecided()).to.equal(false);
    expect(manager.getState().analytics).to.equal(false);
    expect(log.warnings.join()).to.contain('future');
  });
});

