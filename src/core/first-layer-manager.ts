import { SERVICE_CATEGORY, type ConsentState } from './categories.js';
import type { ResolvedConfig } from './config-types.js';
import { formatConsentCookie } from './cookie-format.js';
import { acceptAllGrants, consentRecordFor, decisionRuleOf, randomConsentId, stateFor } from './decision-proof.js';
import type { lifetimeDays } from './decision-rule.js';
import type { ConsentSource } from './events.js';
import type { ConsentManager, ConsentRecord, ConsentView } from './manager-types.js';
import type { cookieValues } from './read-cookie.js';
import { recordQueueKey } from './storage-keys.js';

/** A first-layer manager: what the banner renders before the full manager exists. */
export interface FirstLayerManager extends ConsentManager {
  /** Settles once every call goes to the full manager (see createFirstLayerManager). */
  readonly handedOver: Promise<ConsentManager>;
}

export interface FirstLayerOptions {
  /** Loads the full manager (the core), resolving once it has started. */
  loadFull(): Promise<ConsentManager>;
  /** Settles when the full manager has started, whoever loaded it (a page script, another tab's decision). */
  fullStarted: Promise<ConsentManager>;
  gpc: boolean;
  /** The boot script's own decision rule and cookie reader (boot-shared.ts), rather than a second copy. */
  lifetimeDays: typeof lifetimeDays;
  cookieValues: typeof cookieValues;
}

/** A decision taken before the full manager arrived, kept to be carried out by it, in order. */
interface PendingDecision {
  state: ConsentState;
  source: ConsentSource;
  call(manager: ConsentManager): void;
}

/**
 * Lets the banner show, and take Accept all / Reject all, on a first visit before the full manager (the
 * core) has arrived. The visitor has never decided, so nothing is stored, nothing is granted but the
 * required categories, and the banner is what shows.
 * A decision (the banner's, or a page script's) hides the banner at once and is carried out by the full
 * manager, in order, as soon as it is here; the visitor's reach for a button has usually fetched it already.
 * If the page is left first, the decisions are stored here as the full manager would store them (the cookie,
 * and their records queued for the next page view). Anything else loads the full manager and waits for it.
 * Once the full manager has started, the listeners move to it and this object only forwards.
 */
export function createFirstLayerManager(
  config: ResolvedConfig,
  { loadFull, fullStarted, gpc, lifetimeDays, cookieValues }: FirstLayerOptions,
): FirstLayerManager {
  let full: ConsentManager | undefined;
  let view: ConsentView = 'banner';
  const rule = decisionRuleOf(config);
  // Nothing decided: only what is always on (service provision) is granted.
  const initialState = stateFor(config, []);
  let state = initialState;
  const decisions: PendingDecision[] = [];
  /** Calls other than decisions, made while the full manager was on its way. */
  const calls: ((manager: ConsentManager) => void)[] = [];
  /** The page was left: the decisions were stored here, and the full manager finds them in the cookie. */
  let stored = false;
  const viewListeners = new Set<(view: ConsentView) => void>();
  const changeListeners = movingListeners<'onChange'>();
  const recordListeners = movingListeners<'onRecord'>();
  const later = (call: (manager: ConsentManager) => void) => {
    if (full) return call(full);
    calls.push(call);
    void loadFull();
  };

  const handedOver = fullStarted.then((manager) => {
    full = manager;
    removeEventListener('pagehide', storeDecisions);
    document.removeEventListener('visibilitychange', storeDecisions);
    // Listeners move first, so that they hear the decisions taken while the full manager was on its way.
    changeListeners.moveTo(manager, 'onChange');
    recordListeners.moveTo(manager, 'onRecord');
    // Another tab may have decided meanwhile (or this one, the page being left): reported as a change from
    // what the page applied, nothing but the required categories.
    manager.syncFrom(initialState);
    if (!stored) decisions.forEach((decision) => decision.call(manager));
    calls.forEach((call) => call(manager));
    // The element re-attaches to the full manager (mount.ts); what listened here hears it from now on.
    viewListeners.forEach((listener) => listener(manager.getView()));
    return manager;
  });

  /** A decision: hidden at once, carried out by the full manager, kept here if the page is left first. */
  function decide(next: ConsentState, source: ConsentSource, call: (manager: ConsentManager) => void) {
    if (full) return call(full);
    state = next;
    decisions.push({ state: next, source, call });
    view = 'hidden';
    viewListeners.forEach((listener) => listener(view));
    // Leaving the page (or the tab going to the background, where it may be discarded) must not lose it.
    addEventListener('pagehide', storeDecisions);
    document.addEventListener('visibilitychange', storeDecisions);
    void loadFull();
  }

  /** The page is being left before the full manager arrived: the cookie and the records, as manager.ts makes them. */
  function storeDecisions(event: Event) {
    if (full || stored || (event.type === 'visibilitychange' && document.visibilityState === 'visible')) return;
    stored = true;
    const granted = rule.optionalIds.filter((id) => state[id]);
    const decision = { revision: config.revision, time: Date.now(), consentId: randomConsentId(), granted, ...(gpc ? { gpc: true } : {}) };
    // The attributes storage.ts gives the cookie (through js-cookie, which the first layer does without).
    document.cookie =
      `${config.cookieName}=${formatConsentCookie(decision)}; Path=/; Max-Age=${lifetimeDays(rule, granted) * 86400}; SameSite=Lax` +
      (config.cookieDomain ? `; Domain=${config.cookieDomain}` : '') +
      (location.protocol === 'https:' ? '; Secure' : '');
    if (!config.recordEndpoint) return;
    // Queued as records.ts queues them (it gives each its recordId); the next page view's core sends them.
    try {
      const key = recordQueueKey(config.cookieName);
      const queued: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
      const records: ConsentRecord[] = decisions.map((each) => consentRecordFor(config, decision, each.state, each.source, gpc));
      localStorage.setItem(key, JSON.stringify([...(Array.isArray(queued) ? queued : []), ...records]));
    } catch {
      // Storage blocked: the cookie keeps the choice; only the records are lost.
    }
  }

  return {
    config,
    handedOver,
    getState: () => (full ? full.getState() : { ...state }),
    isGranted: (id) => (full ? full.isGranted(id) : state[id] === true),
    whenGranted: (id) => (full || !state[id] ? handedOver.then((manager) => manager.whenGranted(id)) : Promise.resolve()),
    isDecided: () => (full ? full.isDecided() : decisions.length > 0),
    getDecision: () => full?.getDecision() ?? null,
    getStartingPoint: () => (full ? full.getStartingPoint() : { ...state }),
    isGpcActive: () => (full ? full.isGpcActive() : gpc),
    getAskReason: () => (full ? full.getAskReason() : decisions.length ? null : 'first-visit'),
    canRemember: () => full?.canRemember() ?? true,
    getNotice: () => full?.getNotice() ?? null,
    getView: () => (full ? full.getView() : view),
    onViewChange(listener) {
      if (full) return full.onViewChange(listener);
      viewListeners.add(listener);
      return () => viewListeners.delete(listener);
    },
    onChange: (listener) => (full ? full.onChange(listener) : changeListeners.add(listener)),
    onRecord: (listener) => (full ? full.onRecord(listener) : recordListeners.add(listener)),
    acceptAll: (source = 'api') => decide(stateFor(config, acceptAllGrants(rule, gpc)), source, (manager) => manager.acceptAll(source)),
    rejectAll: (source = 'api') => decide(stateFor(config, []), source, (manager) => manager.rejectAll(source)),
    // The full manager checks the choices and names what is wrong; kept here are only known categories' true/false.
    set: (choices, source = 'api', extra) =>
      decide(
        {
          ...state,
          ...(Object.fromEntries(
            Object.entries(choices ?? {}).filter(([id, value]) => id in state && id !== SERVICE_CATEGORY && typeof value === 'boolean'),
          ) as ConsentState),
        },
        source,
        (manager) => manager.set(choices, source, extra),
      ),
    showBanner: () => later((manager) => manager.showBanner()),
    showPreferences: () => later((manager) => manager.showPreferences()),
    closePreferences: () => later((manager) => manager.closePreferences()),
    reset: () => later((manager) => manager.reset()),
    showNotice: (notice) => later((manager) => manager.showNotice(notice)),
    updateNotice: (changes) => later((manager) => manager.updateNotice(changes)),
    dismissNotice: () => later((manager) => manager.dismissNotice()),
    // Tab switches ask often: only a cookie another tab has written since is worth loading the full manager for.
    syncFromStorage: () => void ((full || cookieValues(document.cookie, config.cookieName).length) && later((manager) => manager.syncFromStorage())),
    syncFrom: (applied) => later((manager) => manager.syncFrom(applied)),
    start: () => {},
    // Events come from the full manager, which the element attaches to once it is here.
    setEventTarget: (target) => full?.setEventTarget(target),
  };
}

/** Listeners registered before the full manager exists, moved to it (before anything is carried out there). */
function movingListeners<Name extends 'onChange' | 'onRecord'>() {
  type Listener = Parameters<ConsentManager[Name]>[0];
  /** Each listener, with its unsubscribe from the full manager once moved there. */
  const listeners = new Map<Listener, (() => void) | undefined>();
  return {
    add(listener: Listener) {
      listeners.set(listener, undefined);
      return () => {
        listeners.get(listener)?.();
        listeners.delete(listener);
      };
    },
    moveTo(manager: ConsentManager, name: Name) {
      listeners.forEach((_, listener) => listeners.set(listener, (manager[name] as (listener: Listener) => () => void)(listener)));
    },
  };
}
