// The messages that explain a config problem, and `resolveConfig`, which prints them. The rules
// themselves are in config-rules.ts; the script-tag core follows them without this file and
// fetches it only when a config has a problem to explain.
import {
  GOOGLE_CONSENT_TYPES,
  OPTION_NAMES,
  resolveConfigWith,
  resolveVendorsWith,
  type ConfigProblem,
  type ConfigProblemDetails,
  type ReportConfigProblem,
  type UrlOption,
} from './config-rules.js';
import type { ResolvedConfig, ResolvedVendor } from './config-types.js';
import type { Logger } from './log.js';

export * from './config-rules.js';

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

function didYouMean(name: string, candidates: readonly string[]): string {
  let best = '';
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= Math.max(2, name.length / 3) ? ` Did you mean "${best}"?` : '';
}

const show = (value: unknown) => JSON.stringify(value);

const WITHOUT_URL: Record<UrlOption, string> = {
  uiUrl: 'Loading the UI from beside the script.',
  disclosureUrl: 'The banner shows no link to it.',
  unsubscribeEndpoint: 'Link opt-outs are not sent to a server.',
  recordEndpoint: 'Consent records are not sent.',
};

/** Every config problem's message: what is wrong, where, and what the widget does instead. */
export const CONFIG_MESSAGES: { [Code in keyof ConfigProblemDetails]: (...details: ConfigProblemDetails[Code]) => string } = {
  config: () => 'The configuration must be an object; using the defaults.',
  unknownOption: (key: string) => `Unknown option "${key}" is ignored.${didYouMean(key, OPTION_NAMES)}`,
  lang: (value: unknown, lang: string) =>
    `Option "lang" is ${show(value)}, which has no texts; use "ja" or "en", or add texts.${lang} (missing strings fall back to English). Falling back to "ja".`,
  policyUrl: (value: unknown) => `Option "policyUrl" must be an http(s) or relative URL; got ${show(value)}. The banner shows no policy link.`,
  policyUrlMissing: () =>
    'Option "policyUrl" is not set, so the banner cannot link to your privacy policy. Set data-policy-url on the script tag.',
  revision: (value: unknown, fallback: string) =>
    `Option "revision" must be 1–32 letters, digits, ".", "_" or "-"; got ${show(value)}. Using "${fallback}".`,
  cookieName: (value: unknown, fallback: string) => `Option "cookieName" must be letters, digits, "_" or "-"; got ${show(value)}. Using "${fallback}".`,
  cookieDomain: (value: unknown) => `Option "cookieDomain" must be a domain such as "example.jp"; got ${show(value)}. Using the current host.`,
  url: (option: UrlOption, value: unknown) => `Option "${option}" must be an http(s) or relative URL; got ${show(value)}. ${WITHOUT_URL[option]}`,
  param: (option: string, fallback: string) =>
    `Option "${option}" must be a query parameter name of letters, digits, "_", "." or "-"; using "${fallback}".`,
  textVersion: () => 'Option "textVersion" must be a string; ignoring it.',
  days: (option: string, value: unknown, fallback: number) => `Option "${option}" must be a positive number of days; got ${show(value)}. Using ${fallback}.`,
  names: (where: string) => `${where} must be a list of names or patterns such as "_ga*"; ignoring it.`,
  flag: (option: string, value: unknown) => `Option "${option}" must be true or false; got ${show(value)}. Using false.`,
  oneOf: (option: string, allowed: readonly string[], value: unknown) =>
    `Option "${option}" must be one of ${allowed.map((a) => `"${a}"`).join(', ')}; got ${show(value)}. Using "${allowed[0]}".`,
  texts: () => 'Option "texts" must be an object keyed by language code, e.g. { "en": { "acceptAll": "Allow all" } }; ignoring it.',
  googleConsentMode: () => 'Option "googleConsentMode" must be true or an object such as { "analytics": ["analytics_storage"] }; it is off.',
  googleConsentModeCategory: (id: string) => `googleConsentMode maps "${id}", which is not a configured category; ignoring it.`,
  googleConsentModeTypes: (id: string) => `googleConsentMode.${id} must be a list of consent types (${GOOGLE_CONSENT_TYPES.join(', ')}); ignoring it.`,
  text: (where: string) => `${where} must be a string or an object such as { "ja": "…", "en": "…" }; ignoring it.`,
  categories: () => 'Option "categories" must be an object keyed by category id; using the built-in categories.',
  categoryId: (id: string) => `Category id "${id}" is invalid: use lower-case letters, digits, "_" or "-", starting with a letter. It is left out.`,
  serviceRemoved: () => 'The "service" category is always on and cannot be removed; ignoring categories.service = false.',
  category: (where: string) => `${where} must be an object with title and description, or false to leave a built-in category out.`,
  serviceOptional: () => 'The "service" category cannot be made optional: it covers what the site needs to work. It stays always on.',
  categoryTitle: (where: string, id: string) => `${where} has no title; showing its id "${id}" instead. Add title: { ja: "…", en: "…" }.`,
  vendors: () => 'Option "vendors" must be a list of { id, name, category, … }; ignoring it.',
  vendor: (where: string) => `${where} must be an object { id, name, category, data, purpose, policyUrl, cookies }; it is left out.`,
  vendorId: (where: string) => `${where} has no "id"; it is left out.`,
  vendorName: (where: string, id: string) => `${where} ("${id}") has no "name"; it is left out.`,
  vendorCategory: (where: string, id: string, category: unknown, known: string[]) =>
    `${where} ("${id}") has category ${show(category)}, which is not configured (known: ${known.join(', ')}); it is left out.`,
  vendorPolicyUrl: (where: string) => `${where}.policyUrl must be an http(s) or relative URL; ignoring it.`,
  vendorOptOutUrl: (where: string, value: unknown) =>
    `${where}.optOutUrl must be an absolute http(s) URL (the vendor's own opt-out page); got ${show(value)}. The table shows no opt-out link for it.`,
};

/** The message for one problem. */
export function describeConfigProblem(...[code, ...details]: ConfigProblem): string {
  return (CONFIG_MESSAGES[code] as (...args: unknown[]) => string)(...details);
}

/** Prints each problem through `log`, at its level. */
export function reportConfigProblemsTo(log: Logger): ReportConfigProblem {
  return (level, ...problem) => log[level](describeConfigProblem(...problem));
}

/**
 * Turns whatever the site owner wrote into a complete config. Never throws:
 * each problem is reported once through `log`, naming the option and the fix,
 * and a safe default takes its place.
 */
export function resolveConfig(input: unknown, log: Logger): ResolvedConfig {
  return resolveConfigWith(input, reportConfigProblemsTo(log));
}

/** The site's vendors, validated; problems are reported through `log` and the vendor left out. */
export function resolveVendors(input: unknown, categoryIds: string[], log: Logger): ResolvedVendor[] {
  return resolveVendorsWith(input, categoryIds, reportConfigProblemsTo(log));
}
