import type { CategoryId } from './categories.js';
import { type StoredDecision } from './cookie-format.js';
import type { AskReason } from './manager-types.js';
/** What the rule needs of the config (the boot's reading of it or the resolved one). */
export interface DecisionRuleConfig {
    revision: string;
    /** A decision of an older revision still counts (the site marked the change as minor). */
    revisionMinor: boolean;
    cookieLifetimeDays: number;
    refusalLifetimeDays: number;
    /** Every configured category but `service`. */
    optionalIds: readonly CategoryId[];
    sellOrShareIds: readonly CategoryId[];
}
/** Why a stored value was passed over: several cookies of the name, one this version cannot read, one dated ahead. */
export type StoredValueProblem = 'several' | 'unreadable' | 'future';
export interface Judgement {
    /** The newest readable decision, even if it no longer counts: its choices seed the preferences. */
    previous: StoredDecision | null;
    /** The decision that counts, with what Global Privacy Control outweighs taken out; null when the visitor must be asked. */
    decision: StoredDecision | null;
    /** Why the visitor is asked, or null when `decision` counts. */
    askReason: AskReason | null;
    /** `decision` is of an older revision that the site marked as minor: it counts, and the visitor is told once. */
    minorRevision: boolean;
    /** Sell-or-share categories the stored decision granted before GPC was on: withdrawn now. */
    withdrawnByGpc: CategoryId[];
    problems: StoredValueProblem[];
}
/** How long a decision lasts: a consent to anything optional longer than a refusal. */
export declare function lifetimeDays(config: DecisionRuleConfig, granted: readonly CategoryId[]): number;
/**
 * Judges the values stored under the consent cookie's name (the same name may be set for several paths or
 * domains) at time `now`, with or without Global Privacy Control. The newest readable one is the candidate;
 * damaged, foreign and future-dated ones are passed over and named in `problems`.
 */
export declare function judgeStoredDecision(values: readonly string[], config: DecisionRuleConfig, now: number, gpc: boolean): Judgement;
