// What the full core takes from the boot script's own copy instead of bundling a second one (a first visit
// downloads both): the decision rule, the cookie reader, the gates' shared rule and document watch, event
// dispatch, whenParsed, isLocalizedText. The boot script passes `sharedWithCore()` to startCore; in the
// script-tag build only, rollup.config.mjs (fromBootScript) points the core's imports of these modules at
// from-boot.ts, which startCore fills first. Functions only, and none called while the core's modules are
// evaluated. (Measured one by one: each here saves the core 40–110 B gzip for 1–8 B in the boot file;
// besideScript and the storage keys saved less than they cost and stay bundled twice.)
import { whenParsed } from './chunk-files.js';
import { judgeStoredDecision, lifetimeDays } from './decision-rule.js';
import { dispatchConsentEvent } from './events.js';
import { isLocalizedText } from './localized-text.js';
import { cookieValues } from './read-cookie.js';
import { isAllowed, watchDocument } from './script-gate.js';

/** In this order, which from-boot.ts reads (an array: names would cost a returning visit bytes). */
export const sharedWithCore = () =>
  [judgeStoredDecision, lifetimeDays, cookieValues, isAllowed, watchDocument, whenParsed, dispatchConsentEvent, isLocalizedText] as const;

export type BootShared = ReturnType<typeof sharedWithCore>;
