import type { CategoryId, ConsentState } from './categories.js';
import type { ConsentApi, ConsentManager } from './consent-manager.js';
import type { ConsentSource } from './events.js';

/** What the boot script wires to the page before the full manager exists. */
export interface DeferredManager extends ConsentApi, Pick<ConsentManager, 'isDecided' | 'syncFromStorage'> {
  acceptAll(source?: ConsentSource): void;
  rejectAll(source?: ConsentSource): void;
  set(choices: Partial<ConsentState>, source?: ConsentSource): void;
  /** From now on every call goes to `manager`; listeners and waiters move to it. */
  handOver(manager: ConsentManager): void;
}

/**
 * Stands in for the full manager, which lives in a lazily loaded chunk.
 * It answers questions from the state the boot script could vouch for (a
 * returning visitor's stored decision, or nothing granted), and anything
 * that changes or shows something loads the full manager first. Once that
 * has arrived, it only forwards.
 */
export function createDeferredManager(
  state: ConsentState,
  decided: boolean,
  loadFull: () => Promise<ConsentManager>,
  /** Whether the stored decision differs from the one read at boot (another tab decided). */
  storageChanged: () => boolean,
): DeferredManager {
  let full: ConsentManager | undefined;
  /** Run once the full manager is known: listeners and waiters registered before. */
  const onHandOver = new Set<(manager: ConsentManager) => void>();
  const later = (call: (manager: ConsentManager) => void) => {
    if (full) call(full);
    else void loadFull().then(call);
  };

  return {
    getState: () => (full ? full.getState() : { ...state }),
    isGranted: (id: CategoryId) => (full ? full.isGranted(id) : state[id] === true),
    isDecided: () => (full ? full.isDecided() : decided),
    whenGranted(id) {
      if (full) return full.whenGranted(id);
      if (state[id]) return Promise.resolve();
      return new Promise((resolve) => onHandOver.add((manager) => void manager.whenGranted(id).then(resolve)));
    },
    onChange(listener) {
      if (full) return full.onChange(listener);
      let unsubscribe: (() => void) | undefined;
      const subscribe = (manager: ConsentManager) => (unsubscribe = manager.onChange(listener));
      onHandOver.add(subscribe);
      return () => {
        onHandOver.delete(subscribe);
        unsubscribe?.();
      };
    },
    acceptAll: (source) => later((manager) => manager.acceptAll(source)),
    rejectAll: (source) => later((manager) => manager.rejectAll(source)),
    set: (choices, source) => later((manager) => manager.set(choices, source)),
    showBanner: () => later((manager) => manager.showBanner()),
    showPreferences: () => later((manager) => manager.showPreferences()),
    reset: () => later((manager) => manager.reset()),
    // Tab switches ask often; only a changed cookie is worth loading the full manager for.
    syncFromStorage: () => (full || storageChanged()) && later((manager) => manager.syncFromStorage()),
    handOver(manager) {
      full = manager;
      onHandOver.forEach((run) => run(manager));
      onHandOver.clear();
    },
  };
}
