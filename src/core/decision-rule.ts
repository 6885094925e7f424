// The one rule for whether a stored decision counts, used by the boot script (readReturningVisit) and by
// the full manager alike: pure, so both judge every cookie the same way and the tests can check it whole.
import type { CategoryId } from './categories.js';
import { parseConsentCookie, type StoredDecision } from './cookie-format.js';
import type { AskReason } from './manager-types.js';

const DAY = 86_400_000;
/** Clocks differ a little between server and visitor; more than this ahead is not a real decision. */
const CLOCK_SKEW = DAY;

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
export function lifetimeDays(config: DecisionRuleConfig, granted: readonly CategoryId[]): number {
  return granted.some((id) => config.optionalIds.includes(id)) ? config.cookieLifetimeDays : config.refusalLifetimeDays;
}

/**
 * Judges the values stored under the consent cookie's name (the same name may be set for several paths or
 * domains) at time `now`, with or without Global Privacy Control. The newest readable one is the candidate;
 * damaged, foreign and future-dated ones are passed over and named in `problems`.
 */
export function judgeStoredDecision(values: readonly string[], config: DecisionRuleConfig, now: number, gpc: boolean): Judgement {
  const problems: StoredValueProblem[] = values.length > 1 ? ['several'] : [];
  let previous: StoredDecision | null = null;
  for (const value of values) {
    const parsed = parseConsentCookie(value);
    if (!parsed || parsed.time > now + CLOCK_SKEW) problems.push(parsed ? 'future' : 'unreadable');
    else if (!previous || parsed.time > previous.time) previous = parsed;
  }
  const expired = !!previous && now - previous.time > lifetimeDays(config, previous.granted) * DAY;
  const otherRevision = previous?.revision !== config.revision;
  const counts = !!previous && !expired && (!otherRevision || config.revisionMinor);
  // GPC is an opt-out that a grant given before it was switched on does not outweigh.
  const withdrawnByGpc = counts && gpc && !previous!.gpc ? previous!.granted.filter((id) => config.sellOrShareIds.includes(id)) : [];
  return {
    previous,
    decision: counts ? { ...previous!, granted: previous!.granted.filter((id) => !withdrawnByGpc.includes(id)) } : null,
    askReason: counts ? null : !previous ? 'first-visit' : expired ? 'expired' : 'revision',
    minorRevision: counts && otherRevision,
    withdrawnByGpc,
    problems,
  };
}
