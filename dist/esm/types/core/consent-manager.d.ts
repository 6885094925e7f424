import { type CategoryId, type ConsentState } from './categories.js';
import { type ConsentConfigInput, type ResolvedConfig } from './config.js';
import { type StoredDecision } from './cookie-format.js';
import { type ConsentChangeDetail, type ConsentSource } from './events.js';
import { type Logger } from './log.js';
import { type ConsentStorage } from './storage.js';
/** What the UI shows: nothing, the first-layer banner, or the preferences dialog. */
export type ConsentView = 'hidden' | 'banner' | 'preferences';
export interface ConsentManagerOptions {
    /** Defaults to memory storage, so a manager made in a test touches no cookie. */
    storage?: ConsentStorage;
    log?: Logger;
    now?: () => number;
    createConsentId?: () => string;
    /** Where events go while no element is rendered; defaults to `document`. */
    eventTarget?: EventTarget;
    /** Whether the browser sends Global Privacy Control; defaults to `navigator.globalPrivacyControl`. */
    gpc?: boolean;
}
/** The methods a page script uses (also on `window.consentBanner`). */
export interface ConsentApi {
    getState(): ConsentState;
    isGranted(id: CategoryId): boolean;
    /** Resolves once `id` is granted: at once if it already is. */
    whenGranted(id: CategoryId): Promise<void>;
    acceptAll(): void;
    rejectAll(): void;
    /** Changes only the categories named; the others keep their value. */
    set(choices: Partial<ConsentState>): void;
    showBanner(): void;
    showPreferences(): void;
    /** Forgets the decision and the cookie: the visitor is asked again. */
    reset(): void;
    /** Called after every decision; returns a function that unsubscribes. */
    onChange(listener: (detail: ConsentChangeDetail) => void): () => void;
}
export interface ConsentManager extends ConsentApi {
    readonly config: ResolvedConfig;
    acceptAll(source?: ConsentSource): void;
    rejectAll(source?: ConsentSource): void;
    set(choices: Partial<ConsentState>, source?: ConsentSource): void;
    /** True when a stored decision applies to the current policy revision. */
    isDecided(): boolean;
    getDecision(): StoredDecision | null;
    /** What the preferences start from: the current state, or the last decision if it no longer counts. */
    getStartingPoint(): ConsentState;
    /** True while the browser sends Global Privacy Control: `sellOrShare` categories start refused. */
    isGpcActive(): boolean;
    /** Re-reads storage (another tab decided) and applies a changed decision with `source: 'sync'`. */
    syncFromStorage(): void;
    getView(): ConsentView;
    onViewChange(listener: (view: ConsentView) => void): () => void;
    /** Closes the preferences: back to the banner while the visitor has not decided. */
    closePreferences(): void;
    /** Announces `consent-ready` (once) and shows the banner if a decision is needed. */
    start(): void;
    /** The rendered element, so events reach listeners from it; null falls back to `document`. */
    setEventTarget(target: EventTarget | null): void;
}
export declare function createConsentManager(configInput?: ConsentConfigInput | ResolvedConfig, options?: ConsentManagerOptions): ConsentManager;
