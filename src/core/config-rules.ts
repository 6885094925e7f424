import { BUILT_IN_CATEGORIES, CATEGORY_ID_PATTERN, SERVICE_CATEGORY, type CategoryId } from './categories.js';
import {
  FLOATING_CORNERS,
  LAYOUTS,
  THEMES,
  type ConsentConfigInput,
  type GoogleConsentType,
  type ResolvedCategory,
  type ResolvedConfig,
  type ResolvedVendor,
} from './config-types.js';
import { isLocalizedText, type LocalizedText } from './localized-text.js';

// The rules of the config, without the messages that explain a problem: those are in config.ts, which the
// script-tag core loads only when a config has a problem. Everything here reports a problem by code.

export type * from './config-types.js';

/**
 * Every problem the rules can find, by code, with what its message needs. config.ts gives each code its
 * message; its table is typed by this one, so a code without a message (or the other way round) does not compile.
 */
export interface ConfigProblemDetails {
  config: [];
  unknownOption: [key: string];
  lang: [value: unknown, lang: string];
  policyUrl: [value: unknown];
  policyUrlMissing: [];
  revision: [value: unknown, fallback: string];
  cookieName: [value: unknown, fallback: string];
  cookieDomain: [value: unknown];
  url: [option: UrlOption, value: unknown];
  param: [option: string, fallback: string];
  textVersion: [];
  days: [option: string, value: unknown, fallback: number];
  names: [where: string];
  flag: [option: string, value: unknown];
  oneOf: [option: string, allowed: readonly string[], value: unknown];
  texts: [];
  googleConsentMode: [];
  googleConsentModeCategory: [id: string];
  googleConsentModeTypes: [id: string];
  text: [where: string];
  categories: [];
  categoryId: [id: string];
  serviceRemoved: [];
  category: [where: string];
  serviceOptional: [];
  categoryTitle: [where: string, id: string];
  vendors: [];
  vendor: [where: string];
  vendorId: [where: string];
  vendorName: [where: string, id: string];
  vendorCategory: [where: string, id: string, category: unknown, known: string[]];
  vendorPolicyUrl: [where: string];
  vendorOptOutUrl: [where: string, value: unknown];
}
export type ConfigProblemCode = keyof ConfigProblemDetails;
/** A problem found in a config: a message code and what the message needs. */
export type ConfigProblem = { [Code in ConfigProblemCode]: [Code, ...ConfigProblemDetails[Code]] }[ConfigProblemCode];
/** Receives each problem once, with its level: an error replaced a value by a safe default, a warning did not. */
export type ReportConfigProblem = (level: 'warn' | 'error', ...problem: ConfigProblem) => void;

export const DEFAULT_GOOGLE_CONSENT_MAPPING: Record<CategoryId, GoogleConsentType[]> = {
  service: ['security_storage', 'functionality_storage'],
  analytics: ['analytics_storage'],
  marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
};
export const GOOGLE_CONSENT_TYPES: readonly GoogleConsentType[] = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
];

export const DEFAULT_COOKIE_NAME = 'consent_banner';
export const DEFAULT_REVISION = '1';
/** 12 months for a consent; CNIL accepts up to 13. */
export const DEFAULT_LIFETIME_DAYS = 365;
/** About 6 months for a refusal, so a visitor who said no is asked again sooner but not constantly. */
export const DEFAULT_REFUSAL_LIFETIME_DAYS = 182;

export const OPTION_NAMES: readonly (keyof ConsentConfigInput)[] = [
  'lang',
  'policyUrl',
  'revision',
  'cookieName',
  'cookieDomain',
  'cookieLifetimeDays',
  'refusalLifetimeDays',
  'categories',
  'vendors',
  'uiUrl',
  'googleConsentMode',
  'autoBlock',
  'reloadOnWithdraw',
  'revisionMinor',
  'textVersion',
  'disclosureUrl',
  'optOutParam',
  'optOutTokenParam',
  'unsubscribeEndpoint',
  'recordEndpoint',
  'layout',
  'theme',
  'floatingButton',
  'texts',
];

/** Options holding an address; config.ts says for each what happens without it. */
export type UrlOption = 'uiUrl' | 'disclosureUrl' | 'unsubscribeEndpoint' | 'recordEndpoint';

export const REVISION_PATTERN = /^[A-Za-z0-9._-]{1,32}$/;
export const COOKIE_NAME_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const SUPPORTED_LANGUAGES = ['ja', 'en'];

/**
 * Links from config text may only lead to web pages or mail: anything else
 * (`javascript:`, `data:`) would run code or show content we cannot vouch for.
 */
export function isSafeUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url, 'https://relative.invalid/');
    return protocol === 'https:' || protocol === 'http:' || protocol === 'mailto:';
  } catch {
    return false;
  }
}

function isAbsoluteHttpUrl(url: unknown): boolean {
  try {
    return typeof url === 'string' && /^https?:$/.test(new URL(url).protocol);
  } catch {
    return false;
  }
}

function positiveNumber(value: unknown, option: string, fallback: number, report: ReportConfigProblem): number {
  if (value === undefined) return fallback;
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number === 'number' && Number.isFinite(number) && number > 0) return number;
  report('error', 'days', option, value, fallback);
  return fallback;
}

function nameList(value: unknown, where: string, report: ReportConfigProblem): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' && v !== '')) return value;
  report('error', 'names', where);
  return [];
}

/** Booleans may arrive as data-attribute strings: `data-auto-block` or `data-auto-block="true"`. */
function flag(value: unknown, option: string, report: ReportConfigProblem): boolean {
  if (value === undefined || value === false || value === 'false') return false;
  if (value === true || value === '' || value === 'true') return true;
  report('error', 'flag', option, value);
  return false;
}

function oneOf<T extends string>(value: unknown, option: string, allowed: readonly T[], report: ReportConfigProblem): T {
  if (value === undefined) return allowed[0];
  if (allowed.includes(value as T)) return value as T;
  report('error', 'oneOf', option, allowed, value);
  return allowed[0];
}

function textTables(value: unknown, report: ReportConfigProblem): Record<string, Record<string, unknown>> {
  if (value === undefined) return {};
  const valid =
    value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.entries(value).every(([lang, table]) => /^[a-z]{2,3}$/.test(lang) && table && typeof table === 'object' && !Array.isArray(table));
  if (valid) return value as Record<string, Record<string, unknown>>;
  report('error', 'texts');
  return {};
}

function googleConsentMapping(value: unknown, categoryIds: string[], report: ReportConfigProblem) {
  if (value === undefined || value === false || value === 'false') return null;
  if (value === true || value === '' || value === 'true') return { ...DEFAULT_GOOGLE_CONSENT_MAPPING };
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    report('error', 'googleConsentMode');
    return null;
  }
  const mapping: Record<string, GoogleConsentType[]> = {};
  for (const [id, types] of Object.entries(value)) {
    if (!categoryIds.includes(id)) report('error', 'googleConsentModeCategory', id);
    else if (!Array.isArray(types) || !types.every((t) => (GOOGLE_CONSENT_TYPES as readonly string[]).includes(t))) {
      report('error', 'googleConsentModeTypes', id);
    } else mapping[id] = types;
  }
  return mapping;
}

function optionalText(value: unknown, where: string, report: ReportConfigProblem): LocalizedText | undefined {
  if (value === undefined || isLocalizedText(value)) return value;
  report('error', 'text', where);
  return undefined;
}

function resolveCategories(input: unknown, report: ReportConfigProblem): ResolvedCategory[] {
  const entries: Record<string, unknown> =
    input && typeof input === 'object' && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  if (input !== undefined && entries !== input) {
    report('error', 'categories');
  }
  const ids = [...BUILT_IN_CATEGORIES, ...Object.keys(entries).filter((id) => !(BUILT_IN_CATEGORIES as readonly string[]).includes(id))];
  const categories: ResolvedCategory[] = [];
  for (const id of ids) {
    const where = `categories.${id}`;
    let value = entries[id];
    const builtIn = (BUILT_IN_CATEGORIES as readonly string[]).includes(id);
    if (!CATEGORY_ID_PATTERN.test(id)) {
      report('error', 'categoryId', id);
      continue;
    }
    if (value === false) {
      if (id === SERVICE_CATEGORY) {
        report('error', 'serviceRemoved');
      } else if (builtIn) {
        continue;
      }
      value = undefined;
    }
    if (value === true) value = undefined;
    if (value !== undefined && (typeof value !== 'object' || value === null || Array.isArray(value))) {
      report('error', 'category', where);
      value = undefined;
    }
    const raw = (value ?? {}) as Record<string, unknown>;
    if (id === SERVICE_CATEGORY && 'required' in raw && raw.required !== true) {
      report('error', 'serviceOptional');
    }
    const title = optionalText(raw.title, `${where}.title`, report);
    if (!builtIn && title === undefined) {
      report('error', 'categoryTitle', where, id);
    }
    categories.push({
      id,
      required: id === SERVICE_CATEGORY,
      title: title ?? (builtIn ? undefined : id),
      description: optionalText(raw.description, `${where}.description`, report),
      cookies: nameList(raw.cookies, `${where}.cookies`, report),
      storage: nameList(raw.storage, `${where}.storage`, report),
      sellOrShare: raw.sellOrShare === undefined ? id === 'marketing' : raw.sellOrShare === true,
      whenOff: optionalText(raw.whenOff, `${where}.whenOff`, report),
    });
  }
  return categories;
}

/** `positions[i]`: where entry `i` stands in the site's own `vendors` list, for the messages (default: `i`). */
export function resolveVendorsWith(
  input: unknown,
  categoryIds: string[],
  report: ReportConfigProblem,
  positions?: readonly number[],
): ResolvedVendor[] {
  if (input === undefined) return [];
  if (!Array.isArray(input)) {
    report('error', 'vendors');
    return [];
  }
  const vendors: ResolvedVendor[] = [];
  input.forEach((value: unknown, index) => {
    const where = `vendors[${positions?.[index] ?? index}]`;
    if (!value || typeof value !== 'object') {
      report('error', 'vendor', where);
      return;
    }
    const raw = value as Record<string, unknown>;
    if (typeof raw.id !== 'string' || !raw.id) return report('error', 'vendorId', where);
    if (!isLocalizedText(raw.name)) return report('error', 'vendorName', where, raw.id);
    if (typeof raw.category !== 'string' || !categoryIds.includes(raw.category)) {
      return report('error', 'vendorCategory', where, raw.id, raw.category, categoryIds);
    }
    let policyUrl = raw.policyUrl;
    if (policyUrl !== undefined && (typeof policyUrl !== 'string' || !isSafeUrl(policyUrl))) {
      report('error', 'vendorPolicyUrl', where);
      policyUrl = undefined;
    }
    // Off-site by nature: an absolute http(s) address, never a relative or script URL.
    let optOutUrl = raw.optOutUrl;
    if (optOutUrl !== undefined && !isAbsoluteHttpUrl(optOutUrl)) {
      report('error', 'vendorOptOutUrl', where, optOutUrl);
      optOutUrl = undefined;
    }
    vendors.push({
      id: raw.id,
      name: raw.name,
      category: raw.category,
      data: optionalText(raw.data, `${where}.data`, report),
      purpose: optionalText(raw.purpose, `${where}.purpose`, report),
      policyUrl: policyUrl as string | undefined,
      ...(optOutUrl !== undefined && { optOutUrl: optOutUrl as string }),
      cookies: nameList(raw.cookies, `${where}.cookies`, report),
      storage: nameList(raw.storage, `${where}.storage`, report),
      domains: nameList(raw.domains, `${where}.domains`, report),
    });
  });
  return vendors;
}

/**
 * Turns whatever the site owner wrote into a complete config. Never throws:
 * each problem is reported once through `report`, and a safe default takes its place.
 * (`resolveConfig` in config.ts prints them, naming the option and the fix.)
 */
export function resolveConfigWith(input: unknown, report: ReportConfigProblem): ResolvedConfig {
  let raw: Record<string, unknown> = {};
  if (input && typeof input === 'object' && !Array.isArray(input)) raw = input as Record<string, unknown>;
  else if (input !== undefined) report('error', 'config');

  for (const key of Object.keys(raw)) {
    if (!(OPTION_NAMES as string[]).includes(key)) report('warn', 'unknownOption', key);
  }

  const texts = textTables(raw.texts, report);
  let lang = typeof raw.lang === 'string' ? raw.lang.toLowerCase().split('-')[0] : 'ja';
  if (raw.lang !== undefined && !SUPPORTED_LANGUAGES.includes(lang) && !(lang in texts)) {
    report('warn', 'lang', raw.lang, lang);
    lang = 'ja';
  }

  let policyUrl: string | undefined;
  if (typeof raw.policyUrl === 'string' && isSafeUrl(raw.policyUrl)) policyUrl = raw.policyUrl;
  else if (raw.policyUrl !== undefined) {
    report('error', 'policyUrl', raw.policyUrl);
  } else {
    report('warn', 'policyUrlMissing');
  }

  let revision = DEFAULT_REVISION;
  if (raw.revision !== undefined) {
    const value = String(raw.revision);
    if (REVISION_PATTERN.test(value)) revision = value;
    else report('error', 'revision', raw.revision, revision);
  }

  let cookieName = DEFAULT_COOKIE_NAME;
  if (raw.cookieName !== undefined) {
    if (typeof raw.cookieName === 'string' && COOKIE_NAME_PATTERN.test(raw.cookieName)) cookieName = raw.cookieName;
    else report('error', 'cookieName', raw.cookieName, cookieName);
  }

  let cookieDomain: string | undefined;
  if (raw.cookieDomain !== undefined) {
    if (typeof raw.cookieDomain === 'string' && /^\.?[a-z0-9.-]+$/i.test(raw.cookieDomain)) cookieDomain = raw.cookieDomain;
    else report('error', 'cookieDomain', raw.cookieDomain);
  }

  const url = (option: UrlOption) => {
    const value = raw[option];
    if (value === undefined) return undefined;
    if (typeof value === 'string' && isSafeUrl(value)) return value;
    report('error', 'url', option, value);
    return undefined;
  };
  const paramName = (option: 'optOutParam' | 'optOutTokenParam', fallback: string) => {
    const value = raw[option];
    if (value === undefined) return fallback;
    if (typeof value === 'string' && /^[A-Za-z0-9_.-]{1,64}$/.test(value)) return value;
    report('error', 'param', option, fallback);
    return fallback;
  };

  const categories = resolveCategories(raw.categories, report);
  const categoryIds = categories.map((c) => c.id);
  const vendorEntries: unknown[] = Array.isArray(raw.vendors) ? raw.vendors : [];
  // A bare id, or an object without a name, refers to the vendor catalogue (loaded only when used).
  const refersToCatalogue = (v: unknown) => typeof v === 'string' || (!!v && typeof v === 'object' && !('name' in v));
  const sitePositions: number[] = [];
  const cataloguePositions: number[] = [];
  vendorEntries.forEach((v, i) => (refersToCatalogue(v) ? cataloguePositions : sitePositions).push(i));
  let textVersion: string | undefined;
  if (typeof raw.textVersion === 'string') textVersion = raw.textVersion;
  else if (raw.textVersion !== undefined) report('error', 'textVersion');
  return {
    lang,
    policyUrl,
    revision,
    cookieName,
    cookieDomain,
    cookieLifetimeDays: positiveNumber(raw.cookieLifetimeDays, 'cookieLifetimeDays', DEFAULT_LIFETIME_DAYS, report),
    refusalLifetimeDays: positiveNumber(raw.refusalLifetimeDays, 'refusalLifetimeDays', DEFAULT_REFUSAL_LIFETIME_DAYS, report),
    categories,
    vendors: resolveVendorsWith(Array.isArray(raw.vendors) ? sitePositions.map((i) => vendorEntries[i]) : raw.vendors, categoryIds, report, sitePositions),
    catalogueVendors: cataloguePositions.map((i) => vendorEntries[i]) as ResolvedConfig['catalogueVendors'],
    catalogueVendorPositions: cataloguePositions,
    uiUrl: url('uiUrl'),
    googleConsentMode: googleConsentMapping(raw.googleConsentMode, categoryIds, report),
    autoBlock: flag(raw.autoBlock, 'autoBlock', report),
    reloadOnWithdraw: flag(raw.reloadOnWithdraw, 'reloadOnWithdraw', report),
    revisionMinor: flag(raw.revisionMinor, 'revisionMinor', report),
    textVersion,
    disclosureUrl: url('disclosureUrl'),
    optOutParam: paramName('optOutParam', 'consent-opt-out'),
    optOutTokenParam: paramName('optOutTokenParam', 'consent-token'),
    unsubscribeEndpoint: url('unsubscribeEndpoint'),
    recordEndpoint: url('recordEndpoint'),
    layout: oneOf(raw.layout, 'layout', LAYOUTS, report),
    theme: oneOf(raw.theme, 'theme', THEMES, report),
    floatingButton:
      raw.floatingButton === undefined || raw.floatingButton === false || raw.floatingButton === 'false'
        ? false
        : oneOf(raw.floatingButton === true || raw.floatingButton === '' || raw.floatingButton === 'true' ? 'bottom-left' : raw.floatingButton,
            'floatingButton', FLOATING_CORNERS, report),
    texts,
  };
}
