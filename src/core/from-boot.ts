// The core's side of boot-shared.ts. In the script-tag build, the core's imports of the modules below resolve
// here (rollup.config.mjs: fromBootScript): the functions the boot script shares come from it, filled in by
// startCore before anything runs; constants and the rest are re-exported from the modules themselves.
// Elsewhere (tests, dist/esm) the modules are imported as they are.
import type { BootShared } from './boot-shared.js';

export { besideScript, CATALOGUE_FILE, CORE_FILE, UI_FILE, uiAddress } from './chunk-files.js';
export { CONSENT_CHANGE, CONSENT_READY } from './events.js';
export { localize } from './localized-text.js';
export { STATE_ATTRIBUTE } from './script-gate.js';
export { cleanupPendingKey, recordQueueKey } from './storage-keys.js';

export let judgeStoredDecision: BootShared[0];
export let lifetimeDays: BootShared[1];
export let cookieValues: BootShared[2];
export let isAllowed: BootShared[3];
export let watchDocument: BootShared[4];
export let whenParsed: BootShared[5];
export let dispatchConsentEvent: BootShared[6];
export let isLocalizedText: BootShared[7];

export function takeFromBoot(shared: BootShared): void {
  [judgeStoredDecision, lifetimeDays, cookieValues, isAllowed, watchDocument, whenParsed, dispatchConsentEvent, isLocalizedText] = shared;
}
