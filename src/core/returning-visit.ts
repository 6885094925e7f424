// What the boot script reads on its own, without the full manager: just
// enough of the config to apply a stored decision at once. It prints no
// messages (the full core validates the config and reports every problem
// whenever it loads) and falls back exactly as resolveConfig does. It
// repeats a little of config.ts on purpose, to keep the boot file within its
// size budget; test/core/returning-visit.test.ts checks that both agree.
import { BUILT_IN_CATEGORIES, CATEGORY_ID_PATTERN, SERVICE_CATEGORY, type CategoryId, type ConsentState } from './categories.js';
import {
  COOKIE_NAME_PATTERN,
  DEFAULT_COOKIE_NAME,
  DEFAULT_GOOGLE_CONSENT_MAPPING,
  DEFAULT_LIFETIME_DAYS,
  DEFAULT_REFUSAL_LIFETIME_DAYS,
  DEFAULT_REVISION,
  GOOGLE_CONSENT_TYPES,
  REVISION_PATTERN,
  type GoogleConsentType,
} from './config-rules.js';
import type { BlockedVendor } from './auto-block.js';
import type { StoredDecision } from './cookie-format.js';
import { judgeStoredDecision } from './decision-rule.js';
import { isLocalizedText } from './localized-text.js';

/** The config as the boot script understands it: the same values as `resolveConfig` gives, without its messages. */
export interface BootConfig {
  cookieName: string;
  revision: string;
  cookieLifetimeDays: number;
  refusalLifetimeDays: number;
  /** Every configured category id, `service` first. */
  categoryIds: CategoryId[];
  sellOrShareIds: CategoryId[];
  googleConsentMode: Record<CategoryId, GoogleConsentType[]> | null;
  optOutParam: string;
  /** With `autoBlock`: the config's own vendors (catalogue ones come with the core); null without it. */
  autoBlockVendors: BlockedVendor[] | null;
  /** With `autoBlock`: the vendors named by catalogue id (`"ga4"` or `{ id: "ga4", … }`); empty without it. */
  autoBlockCatalogue: unknown[];
  /** Something only the full core handles is configured. */
  needsCore: boolean;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);
const isOff = (value: unknown) => value === undefined || value === false || value === 'false';
const isOn = (value: unknown) => value === true || value === '' || value === 'true';

/** A valid value as a string, or the fallback (resolveConfig reports the invalid one). */
const valid = (value: unknown, pattern: RegExp, fallback: string) =>
  typeof value === 'string' && pattern.test(value) ? value : fallback;

const days = (value: unknown, fallback: number) => {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number > 0 ? number : fallback;
};

export function readBootConfig(raw: Record<string, unknown>): BootConfig {
  const entries = isObject(raw.categories) ? raw.categories : {};
  const categoryIds: CategoryId[] = [];
  const sellOrShareIds: CategoryId[] = [];
  for (const id of new Set([...BUILT_IN_CATEGORIES, ...Object.keys(entries)])) {
    const value = entries[id];
    if (!CATEGORY_ID_PATTERN.test(id) || (value === false && id !== SERVICE_CATEGORY && BUILT_IN_CATEGORIES.includes(id as never))) continue;
    categoryIds.push(id);
    const sellOrShare = isObject(value) ? value.sellOrShare : undefined;
    if (sellOrShare === undefined ? id === 'marketing' : sellOrShare === true) sellOrShareIds.push(id);
  }

  const gcm = raw.googleConsentMode;
  const googleConsentMode = isObject(gcm)
    ? (Object.fromEntries(
        Object.entries(gcm).filter(
          ([id, types]) => categoryIds.includes(id) && Array.isArray(types) && types.every((t) => GOOGLE_CONSENT_TYPES.includes(t)),
        ),
      ) as Record<CategoryId, GoogleConsentType[]>)
    : !isOn(gcm)
      ? null
      : { ...DEFAULT_GOOGLE_CONSENT_MAPPING };

  const vendors = Array.isArray(raw.vendors) ? raw.vendors : [];
  const names = (list: unknown) => (list === undefined ? [] : Array.isArray(list) && list.every((v) => typeof v === 'string' && v !== '') ? list : []);
  // The vendors resolveConfig keeps: an id, a name, a configured category (catalogue references have no name).
  const autoBlockVendors = !isOn(raw.autoBlock)
    ? null
    : vendors
        .filter((v): v is Record<string, unknown> => isObject(v) && 'name' in v && typeof v.id === 'string' && v.id !== '' && isLocalizedText(v.name))
        .filter((v) => typeof v.category === 'string' && categoryIds.includes(v.category))
        .map((v) => ({ category: v.category as string, domains: names(v.domains) as string[] }));

  // Catalogue references: a bare id, or an object without a name (as resolveConfig reads them).
  const autoBlockCatalogue = autoBlockVendors ? vendors.filter((v) => typeof v === 'string' || (isObject(v) && !('name' in v))) : [];

  return {
    cookieName: valid(raw.cookieName, COOKIE_NAME_PATTERN, DEFAULT_COOKIE_NAME),
    revision: raw.revision === undefined ? DEFAULT_REVISION : valid(String(raw.revision), REVISION_PATTERN, DEFAULT_REVISION),
    cookieLifetimeDays: days(raw.cookieLifetimeDays, DEFAULT_LIFETIME_DAYS),
    refusalLifetimeDays: days(raw.refusalLifetimeDays, DEFAULT_REFUSAL_LIFETIME_DAYS),
    categoryIds,
    sellOrShareIds,
    googleConsentMode,
    optOutParam: valid(raw.optOutParam, /^[A-Za-z0-9_.-]{1,64}$/, 'consent-opt-out'),
    autoBlockVendors,
    autoBlockCatalogue,
    // The floating button is UI; catalogue vendors' domains come with the catalogue, which the core loads.
    needsCore: !isOff(raw.floatingButton) || !!autoBlockCatalogue.length,
  };
}

export interface VisitContext {
  /** Every value stored under the cookie name (the same name may be set for several paths or domains). */
  cookieValues: string[];
  now: number;
  gpc: boolean;
  /** The page URL's query string, which may carry an unsubscribe link's parameter. */
  search: string;
}

/**
 * The state to apply at once for a returning visitor, or null when the full manager must decide: no
 * decision, several cookies, a damaged, future-dated, expired or outdated one, an unsubscribe link, a grant
 * that Global Privacy Control now outweighs. The rule is the manager's own (decision-rule.ts); a decision
 * of an older revision never counts here, so `revisionMinor`'s notice is the full core's job.
 */
export function readReturningVisit(config: BootConfig, context: VisitContext): { decision: StoredDecision; state: ConsentState } | null {
  if (context.cookieValues.length !== 1 || new URLSearchParams(context.search).has(config.optOutParam)) return null;
  const { decision, withdrawnByGpc } = judgeStoredDecision(
    context.cookieValues,
    { ...config, revisionMinor: false, optionalIds: config.categoryIds.slice(1) },
    context.now,
    context.gpc,
  );
  return decision && !withdrawnByGpc.length ? { decision, state: stateOf(config, decision.granted) } : null;
}

/** Every configured category: `service` on, the others as granted. */
export function stateOf(config: BootConfig, granted: readonly CategoryId[]): ConsentState {
  return Object.fromEntries(config.categoryIds.map((id) => [id, id === SERVICE_CATEGORY || granted.includes(id)]));
}

/**
 * autoBlock's view of the vendors named by catalogue id: each entry with the site's fields over it, as
 * resolveConfig completes them. Not validated here: a category the site does not have holds its tags for
 * good (the core reports it), which is the safe way to be wrong.
 */
export function catalogueBlockedVendors(refs: readonly unknown[], catalogue: Readonly<Record<string, BlockedVendor>>): BlockedVendor[] {
  return refs.flatMap((ref) => {
    const site = (isObject(ref) ? ref : { id: ref }) as Partial<BlockedVendor> & { id?: unknown };
    const id = String(site.id);
    return {}.hasOwnProperty.call(catalogue, id) ? [{ ...catalogue[id], ...site }] : [];
  });
}
