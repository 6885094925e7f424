import { whenParsed } from './chunk-files.js';
import { judgeStoredDecision, lifetimeDays } from './decision-rule.js';
import { dispatchConsentEvent } from './events.js';
import { isLocalizedText } from './localized-text.js';
import { cookieValues } from './read-cookie.js';
import { isAllowed, watchDocument } from './script-gate.js';
/** In this order, which from-boot.ts reads (an array: names would cost a returning visit bytes). */
export declare const sharedWithCore: () => readonly [typeof judgeStoredDecision, typeof lifetimeDays, typeof cookieValues, typeof isAllowed, typeof watchDocument, typeof whenParsed, typeof dispatchConsentEvent, typeof isLocalizedText];
export type BootShared = ReturnType<typeof sharedWithCore>;
