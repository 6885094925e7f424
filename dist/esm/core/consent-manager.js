import { SERVICE_CATEGORY } from './categories.js';
import { resolveConfig } from './config.js';
import { parseConsentCookie, formatConsentCookie } from './cookie-format.js';
import { dispatchConsentEvent, CONSENT_CHANGE, CONSENT_READY } from './events.js';
import { consoleLogger } from './log.js';
import { createMemoryStorage } from './storage.js';

const DAY = 86_400_000;
/** Clocks differ a little between server and visitor; more than this ahead is not a real decision. */
const CLOCK_SKEW = DAY;
function randomConsentId() {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}
function createListeners() {
    const listeners = new Set();
    return {
        add(listener) {
            listeners.add(listener);
            return () => void listeners.delete(listener);
        },
        emit(value) {
            for (const listener of [...listeners]) {
                try {
                    listener(value);
                }
                catch (error) {
                    // One broken listener must not stop the others or the decision; rethrow so it is still reported.
                    queueMicrotask(() => {
                        throw error;
                    });
                }
            }
        },
    };
}
function createConsentManager(configInput = {}, options = {}) {
    const log = options.log ?? consoleLogger;
    const config = isResolved(configInput) ? configInput : resolveConfig(configInput, log);
    const storage = options.storage ?? createMemoryStorage();
    const now = options.now ?? Date.now;
    const createConsentId = options.createConsentId ?? randomConsentId;
    const gpc = options.gpc ?? (typeof navigator !== 'undefined' && navigator.globalPrivacyControl === true);
    const ids = config.categories.map((c) => c.id);
    const optionalIds = config.categories.filter((c) => !c.required).map((c) => c.id);
    const sellOrShareIds = config.categories.filter((c) => c.sellOrShare).map((c) => c.id);
    const changeListeners = createListeners();
    const viewListeners = createListeners();
    const waiters = new Map();
    let eventTarget = null;
    let started = false;
    let view = 'hidden';
    const stateFrom = (granted) => {
        const grantedSet = new Set(granted);
        return Object.fromEntries(config.categories.map((c) => [c.id, c.required || grantedSet.has(c.id)]));
    };
    const lifetimeDays = (granted) => granted.some((id) => optionalIds.includes(id)) ? config.cookieLifetimeDays : config.refusalLifetimeDays;
    /** The last decision we could read, even if outdated (its choices seed the preferences), and the one that counts. */
    let previous = null;
    let decision = null;
    let storedValue;
    /** Categories a stored decision granted before GPC was on; withdrawn with `source: 'gpc'` at start. */
    let withdrawnByGpc = [];
    function readStorage() {
        storedValue = storage.read();
        previous = parseConsentCookie(storedValue);
        if (storedValue !== undefined && !previous) {
            log.warn(`Cookie "${config.cookieName}" does not hold a decision this version can read, so the visitor is asked again. It is only overwritten when they decide.`);
        }
        if (previous && previous.time > now() + CLOCK_SKEW) {
            log.warn(`Cookie "${config.cookieName}" has a decision time in the future; it is not trusted and the visitor is asked again.`);
            previous = null;
        }
        decision =
            previous && previous.revision === config.revision && now() - previous.time <= lifetimeDays(previous.granted) * DAY
                ? { ...previous }
                : null;
        withdrawnByGpc = [];
        if (decision && gpc && !decision.gpc) {
            // GPC is an opt-out that a grant given before it was switched on does not outweigh.
            withdrawnByGpc = decision.granted.filter((id) => sellOrShareIds.includes(id));
            decision.granted = decision.granted.filter((id) => !withdrawnByGpc.includes(id));
        }
    }
    readStorage();
    let state = stateFrom(decision?.granted ?? []);
    const target = () => eventTarget ?? options.eventTarget ?? (typeof document === 'undefined' ? null : document);
    function setView(next) {
        if (next === view)
            return;
        view = next;
        viewListeners.emit(view);
    }
    function resolveWaiters() {
        for (const [id, resolvers] of waiters) {
            if (!state[id])
                continue;
            waiters.delete(id);
            resolvers.forEach((resolve) => resolve());
        }
    }
    function announceChange(next, source, changed = ids.filter((id) => state[id] !== next[id])) {
        state = next;
        const detail = { state: { ...state }, changed, source };
        resolveWaiters();
        const eventTargetNow = target();
        if (eventTargetNow)
            dispatchConsentEvent(eventTargetNow, CONSENT_CHANGE, detail);
        changeListeners.emit(detail);
    }
    function store(next) {
        decision = previous = next;
        storedValue = formatConsentCookie(next);
        if (!storage.write(storedValue, lifetimeDays(next.granted))) {
            log.warn('The browser did not keep the consent cookie (cookies may be disabled); the choice applies to this page view only.');
        }
    }
    function decide(next, source) {
        const granted = optionalIds.filter((id) => next[id]);
        store({
            revision: config.revision,
            time: now(),
            consentId: decision?.consentId ?? previous?.consentId ?? createConsentId(),
            granted,
            ...(gpc ? { gpc: true } : {}),
        });
        withdrawnByGpc = [];
        setView('hidden');
        announceChange(stateFrom(granted), source);
    }
    function knownCategory(id) {
        if (ids.includes(id))
            return true;
        log.warn(`Unknown category "${id}" (configured: ${ids.join(', ')}).`);
        return false;
    }
    const manager = {
        config,
        getState: () => ({ ...state }),
        isGranted: (id) => state[id] === true,
        whenGranted(id) {
            if (state[id])
                return Promise.resolve();
            knownCategory(id);
            return new Promise((resolve) => waiters.set(id, [...(waiters.get(id) ?? []), resolve]));
        },
        isDecided: () => decision !== null,
        isGpcActive: () => gpc,
        getDecision: () => (decision ? { ...decision, granted: [...decision.granted] } : null),
        getStartingPoint: () => (decision || !previous ? { ...state } : stateFrom(previous.granted)),
        // Under GPC, "accept all" leaves sell-or-share categories off: only their own switch turns them on.
        acceptAll: (source = 'api') => decide(stateFrom(optionalIds.filter((id) => !gpc || !sellOrShareIds.includes(id))), source),
        rejectAll: (source = 'api') => decide(stateFrom([]), source),
        set(choices, source = 'api') {
            const next = { ...state };
            for (const [id, value] of Object.entries(choices ?? {})) {
                if (!knownCategory(id))
                    continue;
                if (typeof value !== 'boolean') {
                    log.warn(`set(): the value for "${id}" must be true or false; got ${JSON.stringify(value)}.`);
                }
                else if (id === SERVICE_CATEGORY && !value) {
                    log.warn('set(): "service" is always on and cannot be turned off.');
                }
                else {
                    next[id] = value;
                }
            }
            decide(next, source);
        },
        reset() {
            storage.clear();
            storedValue = undefined;
            decision = null;
            previous = null;
            setView('banner');
            announceChange(stateFrom([]), 'api');
        },
        syncFromStorage() {
            if (storage.read() === storedValue)
                return;
            readStorage();
            setView(decision ? 'hidden' : view === 'hidden' ? 'banner' : view);
            announceChange(stateFrom(decision?.granted ?? []), 'sync');
        },
        onChange: (listener) => changeListeners.add(listener),
        getView: () => view,
        onViewChange: (listener) => viewListeners.add(listener),
        showBanner: () => setView('banner'),
        showPreferences: () => setView('preferences'),
        closePreferences: () => setView(decision ? 'hidden' : 'banner'),
        start() {
            if (started)
                return;
            started = true;
            const eventTargetNow = target();
            const detail = { state: { ...state }, decided: decision !== null, gpc };
            if (eventTargetNow)
                dispatchConsentEvent(eventTargetNow, CONSENT_READY, detail);
            if (decision && withdrawnByGpc.length) {
                store({ ...decision, gpc: true });
                announceChange(state, 'gpc', withdrawnByGpc);
            }
            if (!decision)
                setView('banner');
        },
        setEventTarget(next) {
            eventTarget = next;
        },
    };
    return manager;
}
function isResolved(config) {
    return Array.isArray(config.categories);
}

export { createConsentManager };
