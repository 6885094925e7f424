import type { ConsentState } from './categories.js';
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
export declare function createDeferredManager(state: ConsentState, decided: boolean, loadFull: () => Promise<ConsentManager>, 
/** Whether the stored decision differs from the one read at boot (another tab decided). */
storageChanged: () => boolean): DeferredManager;
