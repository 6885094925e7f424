// What a decision stores and what its record says, shared by the full manager (manager.ts) and the first
// layer (first-layer-manager.ts), which must write the same cookie and record when the page is left before
// the full manager has arrived.
import type { CategoryId, ConsentState } from './categories.js';
import type { ResolvedConfig } from './config-types.js';
import type { StoredDecision } from './cookie-format.js';
import type { DecisionRuleConfig } from './decision-rule.js';
import type { ConsentSource } from './events.js';
import { pageLanguage } from './language.js';
import type { ConsentRecord } from './manager-types.js';

/** Version of the built-in texts; bump when their meaning changes, so records say which one was shown. */
export const STRINGS_VERSION = '1';

export function randomConsentId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

/** Every configured category: granted if required or among `granted`. */
export function stateFor(config: ResolvedConfig, granted: Iterable<CategoryId>): ConsentState {
  const grantedSet = new Set(granted);
  return Object.fromEntries(config.categories.map((c) => [c.id, c.required || grantedSet.has(c.id)]));
}

/** The config as the decision rule reads it. */
export function decisionRuleOf(config: ResolvedConfig): DecisionRuleConfig & { sellOrShareIds: CategoryId[] } {
  return {
    ...config,
    optionalIds: config.categories.filter((c) => !c.required).map((c) => c.id),
    sellOrShareIds: config.categories.filter((c) => c.sellOrShare).map((c) => c.id),
  };
}

/** What "accept all" grants: every optional category, but under GPC not those that sell or share (only their own switch turns them on). */
export function acceptAllGrants(rule: ReturnType<typeof decisionRuleOf>, gpc: boolean): CategoryId[] {
  return rule.optionalIds.filter((id) => !gpc || !rule.sellOrShareIds.includes(id));
}

/** The proof of `decision` for `recordEndpoint`. */
export function consentRecordFor(config: ResolvedConfig, decision: StoredDecision, state: ConsentState, source: ConsentSource, gpc: boolean): ConsentRecord {
  return {
    consentId: decision.consentId,
    time: new Date(decision.time).toISOString(),
    revision: config.revision,
    language: pageLanguage(config.lang, Object.keys(config.texts)),
    state,
    source,
    textVersion: config.textVersion ? `${STRINGS_VERSION}+${config.textVersion}` : STRINGS_VERSION,
    gpc,
  };
}
