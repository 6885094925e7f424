// The consent manager's contract: what the UI and page scripts may ask of it, and what it tells them.
// The machinery is in manager.ts.
import type { CategoryId, ConsentState } from './categories.js';
import type { ResolvedConfig } from './config-types.js';
import type { StoredDecision } from './cookie-format.js';
import type { ConsentChangeDetail, ConsentSource } from './events.js';
import type { Language } from './language.js';
import type { Logger } from './log.js';
import type { ConsentStorage } from './storage.js';

/** What the UI shows: nothing, the first-layer banner, the preferences dialog, or a notice. */
export type ConsentView = 'hidden' | 'banner' | 'preferences' | 'notice';

/** A message for the visitor that is neither the banner nor the preferences. */
export type ConsentNotice =
  | {
      /** A category was withdrawn from a link (the unsubscribe link in an e-mail). */
      type: 'opt-out';
      category: CategoryId;
      token?: string;
      /** Its value before, for Undo. */
      previous: boolean;
      /** Whether the site's unsubscribe endpoint has recorded it: 'none' when there is no endpoint. */
      delivery: 'none' | 'pending' | 'sent' | 'failed';
      /** Takes the opt-out back (and tells the endpoint). */
      undo: () => void;
    }
  /** The browser did not keep the cookie: the choice lasts for this page view only. */
  | { type: 'storage-unavailable' }
  /** The policy changed in a way the site marked as minor: inform, do not ask again. */
  | { type: 'policy-updated' };

/** Why the banner asks: never asked, the policy changed, or the decision expired. */
export type AskReason = 'first-visit' | 'revision' | 'expired';

/** Proof of one decision, as sent to `recordEndpoint` (schema/consent-record.schema.json). */
export interface ConsentRecord {
  consentId: string;
  /** ISO 8601. */
  time: string;
  revision: string;
  language: Language;
  state: ConsentState;
  source: ConsentSource;
  /** Which wording the visitor saw: the built-in strings' version, plus the site's `textVersion`. */
  textVersion: string;
  gpc: boolean;
}

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
  /** The storage is known not to persist (cookies disabled): the visitor is told their choice is not kept. */
  storageUnavailable?: boolean;
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
  set(choices: Partial<ConsentState>, source?: ConsentSource, extra?: { token?: string }): void;
  /** True when a stored decision applies to the current policy revision. */
  isDecided(): boolean;
  getDecision(): StoredDecision | null;
  /** What the preferences start from: the current state, or the last decision if it no longer counts. */
  getStartingPoint(): ConsentState;
  /** True while the browser sends Global Privacy Control: `sellOrShare` categories start refused. */
  isGpcActive(): boolean;
  /** Why the visitor is being asked, or null when a decision counts. */
  getAskReason(): AskReason | null;
  /** False when the choice cannot be kept beyond this page view (cookies refused by the browser). */
  canRemember(): boolean;
  getNotice(): ConsentNotice | null;
  showNotice(notice: ConsentNotice): void;
  updateNotice(changes: Partial<ConsentNotice>): void;
  /** Closes the notice; a minor policy update counts as seen from then on. */
  dismissNotice(): void;
  /** Every decision's proof, for `recordEndpoint`. */
  onRecord(listener: (record: ConsentRecord) => void): () => void;
  /** Re-reads storage (another tab decided) and applies a changed decision with `source: 'sync'`. */
  syncFromStorage(): void;
  /**
   * The page applied `applied` before this manager existed (the boot script's reading of the cookie);
   * reports, with `source: 'sync'`, each category whose value is no longer the same, as when another
   * tab changed the cookie meanwhile.
   */
  syncFrom(applied: ConsentState): void;
  getView(): ConsentView;
  onViewChange(listener: (view: ConsentView) => void): () => void;
  /** Closes the preferences: back to the banner while the visitor has not decided. */
  closePreferences(): void;
  /**
   * Announces `consent-ready` (once) and shows the banner if a decision is needed.
   * `readyAnnounced`: the boot script already announced this state, on its own.
   */
  start(options?: { readyAnnounced?: boolean }): void;
  /** The rendered element, so events reach listeners from it; null falls back to `document`. */
  setEventTarget(target: EventTarget | null): void;
}
