import { SERVICE_CATEGORY, type CategoryId, type ConsentState } from './categories.js';
import type { ResolvedConfig } from './config-types.js';
import { formatConsentCookie, type StoredDecision } from './cookie-format.js';
import { judgeStoredDecision, lifetimeDays as decisionLifetimeDays, type StoredValueProblem } from './decision-rule.js';
import {
  CONSENT_CHANGE,
  CONSENT_READY,
  dispatchConsentEvent,
  type ConsentChangeDetail,
  type ConsentReadyDetail,
  type ConsentSource,
} from './events.js';
import { acceptAllGrants, consentRecordFor, decisionRuleOf, randomConsentId, stateFor } from './decision-proof.js';
import { consoleLogger } from './log.js';
import type { AskReason, ConsentManager, ConsentManagerOptions, ConsentNotice, ConsentRecord, ConsentView } from './manager-types.js';
import { createMemoryStorage } from './storage.js';

export type * from './manager-types.js';

export { STRINGS_VERSION } from './decision-proof.js';

/** After the banner has painted: the browser's idle time, or half a second where there is no requestIdleCallback (Safari). */
function whenIdle(task: () => void) {
  const requestIdle = (globalThis as { requestIdleCallback?: (task: () => void) => number }).requestIdleCallback;
  if (requestIdle) requestIdle(task);
  else setTimeout(task, 500);
}

function createListeners<T>() {
  const listeners = new Set<(value: T) => void>();
  return {
    add(listener: (value: T) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    emit(value: T) {
      for (const listener of [...listeners]) {
        try {
          listener(value);
        } catch (error) {
          // One broken listener must not stop the others or the decision; rethrow so it is still reported.
          queueMicrotask(() => {
            throw error;
          });
        }
      }
    },
  };
}

/**
 * The consent manager for a resolved config. `createConsentManager` (consent-manager.ts) also takes the site
 * owner's raw config and explains its problems; the script-tag core calls this directly, so that the
 * messages stay out of it.
 */
export function createManagerFor(config: ResolvedConfig, options: ConsentManagerOptions = {}): ConsentManager {
  const log = options.log ?? consoleLogger;
  let storage = options.storage ?? createMemoryStorage();
  let canRemember = !options.storageUnavailable;
  const now = options.now ?? Date.now;
  const newConsentId = options.createConsentId ?? randomConsentId;
  /** A page's first call to crypto takes milliseconds: the id is drawn while the banner waits, not on the click. */
  let drawnConsentId: string | undefined;
  const createConsentId = () => {
    const id = drawnConsentId ?? newConsentId();
    drawnConsentId = undefined;
    return id;
  };
  const gpc =
    options.gpc ?? (typeof navigator !== 'undefined' && (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true);
  const ids = config.categories.map((c) => c.id);

  const changeListeners = createListeners<ConsentChangeDetail>();
  const viewListeners = createListeners<ConsentView>();
  const recordListeners = createListeners<ConsentRecord>();
  const waiters = new Map<CategoryId, Array<() => void>>();
  /** consent-change events from before start() wait, so they follow consent-ready. */
  const pendingEvents: ConsentChangeDetail[] = [];
  let eventTarget: EventTarget | null = null;
  let started = false;
  let view: ConsentView = 'hidden';
  let notice: ConsentNotice | null = null;

  const stateFrom = (granted: Iterable<CategoryId>) => stateFor(config, granted);
  const rule = decisionRuleOf(config);
  const { optionalIds } = rule;
  const lifetimeDays = (granted: CategoryId[]) => decisionLifetimeDays(rule, granted);

  /** The last decision we could read, even if outdated (its choices seed the preferences), and the one that counts. */
  let previous = null as StoredDecision | null;
  let decision = null as StoredDecision | null;
  let storedValue: string | undefined;
  /** Categories a stored decision granted before GPC was on; withdrawn with `source: 'gpc'` at start. */
  let withdrawnByGpc: CategoryId[] = [];
  let askReason: AskReason | null = null;
  /** The stored decision predates a minor policy revision: it counts, and the visitor is told once. */
  let minorRevisionSeen = false;

  const storedValueWarnings: Record<StoredValueProblem, (count: number) => string> = {
    several: (count) => `Found ${count} cookies named "${config.cookieName}" (set with different paths or domains); using the newest valid decision.`,
    unreadable: () => `Cookie "${config.cookieName}" does not hold a decision this version can read, so it is ignored. It is only overwritten when the visitor decides.`,
    future: () => `Cookie "${config.cookieName}" has a decision time in the future; it is not trusted.`,
  };

  function readStorage() {
    storedValue = storage.read();
    const values = storage.readAll?.() ?? (storedValue === undefined ? [] : [storedValue]);
    const judged = judgeStoredDecision(values, rule, now(), gpc);
    judged.problems.forEach((problem) => log.warn(storedValueWarnings[problem](values.length)));
    ({ previous, decision, askReason, withdrawnByGpc } = judged);
    minorRevisionSeen = judged.minorRevision;
  }
  readStorage();
  let state = stateFrom(decision?.granted ?? []);

  const target = () => eventTarget ?? options.eventTarget ?? (typeof document === 'undefined' ? null : document);

  function setView(next: ConsentView) {
    if (next === view) return;
    view = next;
    viewListeners.emit(view);
  }

  function resolveWaiters() {
    for (const [id, resolvers] of waiters) {
      if (!state[id]) continue;
      waiters.delete(id);
      resolvers.forEach((resolve) => resolve());
    }
  }

  function dispatchChange(detail: ConsentChangeDetail) {
    const eventTargetNow = target();
    if (eventTargetNow) dispatchConsentEvent(eventTargetNow, CONSENT_CHANGE, detail);
  }

  function announceChange(
    next: ConsentState,
    source: ConsentSource,
    changed = ids.filter((id) => state[id] !== next[id]),
    extra: { token?: string } = {},
  ) {
    state = next;
    const detail: ConsentChangeDetail = { state: { ...state }, changed, source, ...extra };
    resolveWaiters();
    if (started) dispatchChange(detail);
    else pendingEvents.push(detail);
    changeListeners.emit(detail);
  }

  function store(next: StoredDecision) {
    decision = previous = next;
    storedValue = formatConsentCookie(next);
    minorRevisionSeen = false;
    askReason = null;
    const value = storedValue;
    const kept = storage.write(value, lifetimeDays(next.granted));
    if (kept === false) refused(value);
    else if (kept !== true) {
      void kept.then((ok) => {
        // A later decision has been written since: its own check speaks for the cookie.
        if (ok || !canRemember || value !== storedValue) return;
        refused(value);
        manager.showNotice({ type: 'storage-unavailable' });
      });
    }
  }

  /** The browser refused the cookie: keep the choice for this page view and say so, once. */
  function refused(value: string) {
    if (!canRemember) return;
    log.warn('The browser did not keep the consent cookie (cookies may be disabled); the choice applies to this page view only.');
    storage = createMemoryStorage(value);
    canRemember = false;
    notice = { type: 'storage-unavailable' };
  }

  function decide(next: ConsentState, source: ConsentSource, extra: { token?: string } = {}) {
    const granted = optionalIds.filter((id) => next[id]);
    store({
      revision: config.revision,
      time: now(),
      consentId: decision?.consentId ?? previous?.consentId ?? createConsentId(),
      granted,
      ...(gpc ? { gpc: true } : {}),
    });
    withdrawnByGpc = [];
    setView(notice?.type === 'storage-unavailable' ? 'notice' : 'hidden');
    const nextState = stateFrom(granted);
    recordListeners.emit(consentRecordFor(config, decision!, nextState, source, gpc));
    announceChange(nextState, source, undefined, extra);
  }

  function knownCategory(id: CategoryId): boolean {
    if (ids.includes(id)) return true;
    log.warn(`Unknown category "${id}" (configured: ${ids.join(', ')}).`);
    return false;
  }

  const manager: ConsentManager = {
    config,
    getState: () => ({ ...state }),
    isGranted: (id) => state[id] === true,
    whenGranted(id) {
      if (state[id]) return Promise.resolve();
      knownCategory(id);
      return new Promise((resolve) => waiters.set(id, [...(waiters.get(id) ?? []), resolve]));
    },
    isDecided: () => decision !== null,
    isGpcActive: () => gpc,
    getAskReason: () => askReason,
    canRemember: () => canRemember,
    getDecision: () => (decision ? { ...decision, granted: [...decision.granted] } : null),
    getStartingPoint: () => (decision || !previous ? { ...state } : stateFrom(previous.granted)),
    // Under GPC, "accept all" leaves sell-or-share categories off: only their own switch turns them on.
    acceptAll: (source = 'api') => decide(stateFrom(acceptAllGrants(rule, gpc)), source),
    rejectAll: (source = 'api') => decide(stateFrom([]), source),
    set(choices, source = 'api', extra) {
      const next = { ...state };
      for (const [id, value] of Object.entries(choices ?? {})) {
        if (!knownCategory(id)) continue;
        if (typeof value !== 'boolean') {
          log.warn(`set(): the value for "${id}" must be true or false; got ${JSON.stringify(value)}.`);
        } else if (id === SERVICE_CATEGORY && !value) {
          log.warn('set(): "service" is always on and cannot be turned off.');
        } else {
          next[id] = value;
        }
      }
      decide(next, source, extra);
    },
    reset() {
      storage.clear();
      storedValue = undefined;
      decision = null;
      previous = null;
      askReason = 'first-visit';
      setView('banner');
      announceChange(stateFrom([]), 'api');
    },
    syncFromStorage() {
      if (storage.read() === storedValue) return;
      readStorage();
      setView(decision ? 'hidden' : view === 'hidden' ? 'banner' : view);
      announceChange(stateFrom(decision?.granted ?? []), 'sync');
    },
    syncFrom(applied) {
      const changed = ids.filter((id) => (applied[id] === true) !== state[id]);
      if (changed.length) announceChange(state, 'sync', changed);
    },
    onChange: (listener) => changeListeners.add(listener),
    onRecord: (listener) => recordListeners.add(listener),
    getView: () => view,
    onViewChange: (listener) => viewListeners.add(listener),
    showBanner: () => setView('banner'),
    showPreferences: () => setView('preferences'),
    closePreferences: () => setView(decision ? 'hidden' : 'banner'),
    getNotice: () => (notice ? { ...notice } : null),
    showNotice(next) {
      notice = next;
      // Already showing a notice: say so once for the new message, as setView only reports a change of view.
      if (view === 'notice') viewListeners.emit(view);
      else setView('notice');
    },
    updateNotice(changes) {
      if (!notice) return;
      notice = { ...notice, ...changes } as ConsentNotice;
      viewListeners.emit(view);
    },
    dismissNotice() {
      if (notice?.type === 'policy-updated' && decision) store({ ...decision, revision: config.revision });
      notice = null;
      setView(decision ? 'hidden' : 'banner');
    },
    start({ readyAnnounced = false } = {}) {
      if (started) return;
      started = true;
      const eventTargetNow = target();
      const detail: ConsentReadyDetail = { state: { ...state }, decided: decision !== null, gpc };
      if (eventTargetNow && !readyAnnounced) dispatchConsentEvent(eventTargetNow, CONSENT_READY, detail);
      pendingEvents.splice(0).forEach(dispatchChange);
      if (decision && withdrawnByGpc.length) {
        store({ ...decision, gpc: true });
        announceChange(state, 'gpc', withdrawnByGpc);
      }
      if (!decision && !previous) whenIdle(() => (drawnConsentId ??= newConsentId()));
      if (view !== 'hidden') viewListeners.emit(view);
      else if (!decision) setView('banner');
      else if (minorRevisionSeen) manager.showNotice({ type: 'policy-updated' });
    },
    setEventTarget(next) {
      eventTarget = next;
    },
  };
  return manager;
}
