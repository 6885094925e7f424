// Settings → the widget's config, checked by the widget's own rules (resolveConfigWith, applyCatalogueWith)
// and described in its own words (describeConfigProblem), each problem tied to the field it concerns.
// A few checks of the configurator's own come first: what the widget would accept but a lawful banner or
// 外部送信 page needs (a vendor's purpose, a category's texts in both languages, readable colours).
import { applyCatalogueWith } from '../core/apply-catalogue-with.js';
import { CATEGORY_ID_PATTERN } from '../core/categories.js';
import { describeConfigProblem, resolveConfigWith, type ConfigProblem, type ConsentConfigInput, type ResolvedConfig } from '../core/config.js';
import { VENDOR_CATALOGUE } from '../catalogue/vendors.js';
import { contrastProblems, formatRatio } from './contrast.js';
import type { Settings, SiteVendor, TextPair } from './state.js';

/** A field of the form: `policyUrl`, `category:news`, `vendor:2`, `colour:fg/bg`, or `general`. */
export type FieldKey = string;

export interface FieldProblem {
  field: FieldKey;
  /** `widget`: the widget's own message (English, as it prints it); `configurator`: one of ours, by key. */
  source: 'widget' | 'configurator';
  level: 'warn' | 'error';
  /** The widget's message, or the key of ours in the strings table. */
  message: string;
  /** Values for our message. */
  params?: Record<string, string | number>;
  /** The widget's problem code, for a gloss in the page's language beside its English message. */
  code?: ConfigProblem[0];
}

export interface BuiltConfig {
  /** The config exactly as it is output. */
  config: ConsentConfigInput;
  /** What the widget makes of it (vendors from the catalogue filled in). */
  resolved: ResolvedConfig;
  problems: FieldProblem[];
}

/** `{ ja, en }` with the empty languages left out; undefined when both are empty. */
function text(pair: TextPair): TextPair | Partial<TextPair> | undefined {
  const ja = pair.ja.trim();
  const en = pair.en.trim();
  if (!ja && !en) return undefined;
  return { ...(ja && { ja }), ...(en && { en }) };
}

export const splitList = (value: string): string[] =>
  value
    .split(/[\s,、]+/)
    .map((item) => item.trim())
    .filter(Boolean);

function siteVendorInput(vendor: SiteVendor): Record<string, unknown> {
  const cookies = splitList(vendor.cookies);
  const domains = splitList(vendor.domains);
  return {
    id: vendor.id.trim(),
    name: text(vendor.name) ?? '',
    category: vendor.category,
    ...(text(vendor.data) && { data: text(vendor.data) }),
    ...(text(vendor.purpose) && { purpose: text(vendor.purpose) }),
    ...(vendor.policyUrl.trim() && { policyUrl: vendor.policyUrl.trim() }),
    ...(vendor.optOutUrl.trim() && { optOutUrl: vendor.optOutUrl.trim() }),
    ...(cookies.length && { cookies }),
    ...(domains.length && { domains }),
  };
}

/** The config the settings describe; options at their default are left out, so the tag stays short. */
export function configFromSettings(settings: Settings): ConsentConfigInput {
  const config: Record<string, unknown> = {};
  const set = (key: keyof ConsentConfigInput, value: unknown) => {
    if (value !== undefined && value !== '' && value !== false) config[key] = value;
  };
  if (settings.siteLang === 'en') set('lang', 'en');
  // Sent as typed (trimmed) so the widget's rules judge exactly what the site would publish.
  set('policyUrl', settings.policyUrl.trim());
  set('revision', settings.revision.trim());
  set('disclosureUrl', settings.disclosureUrl.trim());
  const categories: Record<string, unknown> = {};
  for (const id of ['analytics', 'marketing'] as const) {
    const choice = settings[id];
    if (!choice.included) categories[id] = false;
    else if (text(choice.whenOff)) categories[id] = { whenOff: text(choice.whenOff) };
  }
  for (const category of settings.siteCategories) {
    categories[category.id] = {
      ...(text(category.title) && { title: text(category.title) }),
      ...(text(category.description) && { description: text(category.description) }),
      ...(text(category.whenOff) && { whenOff: text(category.whenOff) }),
      ...(category.sellOrShare && { sellOrShare: true }),
    };
  }
  if (Object.keys(categories).length) config.categories = categories;
  if (settings.vendors.length) {
    // A catalogue entry by id, or with the site's category over the catalogue's (the widget's own override form).
    config.vendors = settings.vendors.map((vendor) =>
      vendor.kind === 'site' ? siteVendorInput(vendor) : vendor.category ? { id: vendor.id, category: vendor.category } : vendor.id,
    );
  }
  set('googleConsentMode', settings.googleConsentMode);
  set('autoBlock', settings.autoBlock);
  set('unsubscribeEndpoint', settings.unsubscribeEndpoint.trim());
  set('recordEndpoint', settings.recordEndpoint.trim());
  set('optOutParam', settings.optOutParam.trim());
  set('optOutTokenParam', settings.optOutTokenParam.trim());
  if (settings.layout !== 'bar') set('layout', settings.layout);
  if (settings.theme !== 'auto') set('theme', settings.theme);
  return config as ConsentConfigInput;
}

/** The field a widget problem concerns, from its code and the place it names. */
function fieldOf(problem: ConfigProblem, settings: Settings): FieldKey {
  const [code] = problem;
  const place = (where: string): FieldKey => {
    const vendor = /^vendors\[(\d+)\]/.exec(where);
    if (vendor) return `vendor:${vendor[1]}`;
    const category = /^categories\.([^.]+)/.exec(where);
    if (category) return `category:${category[1]}`;
    return 'general';
  };
  switch (code) {
    case 'policyUrl':
    case 'policyUrlMissing':
      return 'policyUrl';
    case 'revision':
      return 'revision';
    case 'url':
    case 'param':
      return problem[1];
    case 'categoryId':
      return `category:${problem[1]}`;
    case 'categoryTitle':
    case 'category':
    case 'text':
    case 'names':
    case 'vendor':
    case 'vendorId':
    case 'vendorName':
    case 'vendorCategory':
    case 'vendorPolicyUrl':
    case 'vendorOptOutUrl':
      return place(problem[1]);
    case 'lang':
      return settings.siteLang ? 'siteLang' : 'general';
    default:
      return 'general';
  }
}

const hasBoth = (pair: TextPair) => pair.ja.trim() !== '' && pair.en.trim() !== '';

/** What the widget accepts but a site should not publish, in the configurator's own words. */
function ownProblems(settings: Settings): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: FieldKey, message: string, params?: FieldProblem['params']) =>
    problems.push({ field, source: 'configurator', level: 'error', message, ...(params && { params }) });
  if (!settings.policyUrl.trim()) add('policyUrl', 'needPolicyUrl');
  settings.siteCategories.forEach((category) => {
    const field = `category:${category.id}`;
    if (!hasBoth(category.title)) add(field, 'needCategoryTitle');
    if (!hasBoth(category.description)) add(field, 'needCategoryDescription');
  });
  const ids = new Set<string>();
  settings.vendors.forEach((vendor, index) => {
    const field = `vendor:${index}`;
    if (ids.has(vendor.id)) add(field, 'duplicateVendor', { id: vendor.id });
    ids.add(vendor.id);
    if (vendor.kind !== 'site') return;
    if (!vendor.name.ja.trim() && !vendor.name.en.trim()) add(field, 'needVendorName');
    if (!vendor.data.ja.trim() && !vendor.data.en.trim()) add(field, 'needVendorData');
    if (!vendor.purpose.ja.trim() && !vendor.purpose.en.trim()) add(field, 'needVendorPurpose');
  });
  if (settings.customColours) {
    for (const problem of contrastProblems(settings.colours)) {
      add(`colour:${problem.pair}`, 'contrastTooLow', { ratio: formatRatio(problem.ratio), minimum: problem.minimum });
    }
  }
  return problems;
}

/** Is `id` usable for a new site category? A message key when not. */
export function newCategoryIdProblem(id: string, settings: Settings): { message: string; source: 'widget' | 'configurator' } | undefined {
  if (!id) return { message: 'needCategoryId', source: 'configurator' };
  const taken = ['service', 'analytics', 'marketing', ...settings.siteCategories.map((c) => c.id)];
  if (taken.includes(id)) return { message: 'duplicateCategory', source: 'configurator' };
  if (!CATEGORY_ID_PATTERN.test(id)) return { message: describeConfigProblem('categoryId', id), source: 'widget' };
  return undefined;
}

export function buildConfig(settings: Settings): BuiltConfig {
  const config = configFromSettings(settings);
  const problems: FieldProblem[] = ownProblems(settings);
  const report = (level: 'warn' | 'error', ...problem: ConfigProblem) => {
    const field = fieldOf(problem, settings);
    // The missing policy link is already ours (needPolicyUrl), in the page's language.
    if (problem[0] === 'policyUrlMissing') return;
    problems.push({ field, source: 'widget', level, message: describeConfigProblem(...problem), code: problem[0] });
  };
  const resolved = resolveConfigWith(config, report);
  const general = (message: string) => problems.push({ field: 'general', source: 'widget', level: 'error', message });
  applyCatalogueWith(resolved, VENDOR_CATALOGUE, { warn: general, error: general }, report);
  return { config, resolved, problems };
}
