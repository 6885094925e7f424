import type { CategoryId, ConsentState } from './categories.js';
import type { ResolvedConfig } from './config-types.js';
import type { StoredDecision } from './cookie-format.js';
import type { DecisionRuleConfig } from './decision-rule.js';
import type { ConsentSource } from './events.js';
import type { ConsentRecord } from './manager-types.js';
/** Version of the built-in texts; bump when their meaning changes, so records say which one was shown. */
export declare const STRINGS_VERSION = "1";
export declare function randomConsentId(): string;
/** Every configured category: granted if required or among `granted`. */
export declare function stateFor(config: ResolvedConfig, granted: Iterable<CategoryId>): ConsentState;
/** The config as the decision rule reads it. */
export declare function decisionRuleOf(config: ResolvedConfig): DecisionRuleConfig & {
    sellOrShareIds: CategoryId[];
};
/** What "accept all" grants: every optional category, but under GPC not those that sell or share (only their own switch turns them on). */
export declare function acceptAllGrants(rule: ReturnType<typeof decisionRuleOf>, gpc: boolean): CategoryId[];
/** The proof of `decision` for `recordEndpoint`. */
export declare function consentRecordFor(config: ResolvedConfig, decision: StoredDecision, state: ConsentState, source: ConsentSource, gpc: boolean): ConsentRecord;
