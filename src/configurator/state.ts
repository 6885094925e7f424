// The configurator's settings: what the site owner has entered, as entered (nothing is dropped for being
// wrong, so a refused value can be corrected rather than typed again), and how they travel in the URL hash
// and localStorage. The widget's config is derived from them in build-config.ts.
import { LAYOUTS, THEMES, type Layout, type Theme } from '../core/config-types.js';

/** Bumped when the shape changes; readSettings() says what an older or newer link held that it could not read. */
export const SETTINGS_VERSION = 1;

export type TextPair = {
  ja: string;
  en: string;
};

/** The text in `lang`, else in the other language, else ''. */
export function pairText(pair: TextPair, lang: 'ja' | 'en'): string {
  return pair[lang].trim() || pair[lang === 'ja' ? 'en' : 'ja'].trim();
}

export interface SiteCategory {
  id: string;
  title: TextPair;
  description: TextPair;
  whenOff: TextPair;
  /** Refused while the browser sends Global Privacy Control. */
  sellOrShare: boolean;
}

export interface BuiltInCategoryChoice {
  included: boolean;
  whenOff: TextPair;
}

/** What a scan saw of a vendor, for the checklist. */
export interface SeenOnSite {
  hosts: string[];
  cookies: string[];
}

export interface CatalogueVendorChoice {
  kind: 'catalogue';
  id: string;
  /** The site's category for it, when not the catalogue's (a GTM container of marketing tags, say). */
  category?: string;
  seen?: SeenOnSite;
}

export interface SiteVendor {
  kind: 'site';
  id: string;
  name: TextPair;
  category: string;
  data: TextPair;
  purpose: TextPair;
  policyUrl: string;
  optOutUrl: string;
  /** Comma- or space-separated, as typed. */
  cookies: string;
  domains: string;
  seen?: SeenOnSite;
}

export type VendorChoice = CatalogueVendorChoice | SiteVendor;

/** The documented `--consent-*` colours the configurator sets, by their custom property's suffix. */
export const COLOUR_NAMES = ['bg', 'fg', 'choice-bg', 'choice-fg', 'accent', 'accent-fg'] as const;
export type ColourName = (typeof COLOUR_NAMES)[number];
export type Colours = Record<ColourName, string>;

/** The widget's own light theme (src/ui/shared/theme.ts), the starting point for custom colours. */
export const LIGHT_COLOURS: Colours = {
  bg: '#ffffff',
  fg: '#1b1f24',
  'choice-bg': '#1b1f24',
  'choice-fg': '#ffffff',
  accent: '#0a58c2',
  'accent-fg': '#ffffff',
};
/** The widget's own dark theme. */
export const DARK_COLOURS: Colours = {
  bg: '#1f2328',
  fg: '#eceef1',
  'choice-bg': '#eceef1',
  'choice-fg': '#1b1f24',
  accent: '#8ab4f8',
  'accent-fg': '#0b1220',
};

export const DELIVERIES = ['self', 'cdn'] as const;
export type Delivery = (typeof DELIVERIES)[number];
export const SITE_LANGUAGES = ['ja', 'en'] as const;
export type SiteLanguage = (typeof SITE_LANGUAGES)[number];

export interface Settings {
  v: typeof SETTINGS_VERSION;
  siteLang: SiteLanguage;
  policyUrl: string;
  disclosureUrl: string;
  revision: string;
  analytics: BuiltInCategoryChoice;
  marketing: BuiltInCategoryChoice;
  siteCategories: SiteCategory[];
  vendors: VendorChoice[];
  layout: Layout;
  theme: Theme;
  customColours: boolean;
  colours: Colours;
  googleConsentMode: boolean;
  autoBlock: boolean;
  unsubscribeEndpoint: string;
  recordEndpoint: string;
  optOutParam: string;
  optOutTokenParam: string;
  delivery: Delivery;
  /** Where the site serves consent-banner.js, for the self-hosted tag. */
  scriptPath: string;
}

export const emptyPair = (): TextPair => ({ ja: '', en: '' });

export function defaultSettings(siteLang: SiteLanguage = 'ja'): Settings {
  return {
    v: SETTINGS_VERSION,
    siteLang,
    policyUrl: '',
    disclosureUrl: '',
    revision: '',
    analytics: { included: true, whenOff: emptyPair() },
    marketing: { included: true, whenOff: emptyPair() },
    siteCategories: [],
    vendors: [],
    layout: 'bar',
    theme: 'auto',
    customColours: false,
    colours: { ...LIGHT_COLOURS },
    googleConsentMode: false,
    autoBlock: false,
    unsubscribeEndpoint: '',
    recordEndpoint: '',
    optOutParam: '',
    optOutTokenParam: '',
    delivery: 'self',
    scriptPath: '/assets/consent-banner.js',
  };
}

// ---- Reading a stored or linked copy: field by field, keeping what can be read and naming what cannot.

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => !!value && typeof value === 'object' && !Array.isArray(value);
const isHexColour = (value: unknown): value is string => typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value);

class Reader {
  readonly unreadable: string[] = [];
  string(source: Json, key: string, fallback: string, where = key): string {
    const value = source[key];
    if (value === undefined) return fallback;
    if (typeof value === 'string') return value;
    this.unreadable.push(where);
    return fallback;
  }
  boolean(source: Json, key: string, fallback: boolean, where = key): boolean {
    const value = source[key];
    if (value === undefined) return fallback;
    if (typeof value === 'boolean') return value;
    this.unreadable.push(where);
    return fallback;
  }
  oneOf<T extends string>(source: Json, key: string, allowed: readonly T[], fallback: T, where = key): T {
    const value = source[key];
    if (value === undefined) return fallback;
    if (allowed.includes(value as T)) return value as T;
    this.unreadable.push(where);
    return fallback;
  }
  pair(source: Json, key: string, where: string): TextPair {
    const value = source[key];
    if (value === undefined) return emptyPair();
    if (isObject(value)) return { ja: this.string(value, 'ja', '', `${where}.ja`), en: this.string(value, 'en', '', `${where}.en`) };
    this.unreadable.push(where);
    return emptyPair();
  }
  seen(source: Json, where: string): SeenOnSite | undefined {
    const value = source.seen;
    if (value === undefined) return undefined;
    const strings = (list: unknown) => (Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : []);
    if (isObject(value)) return { hosts: strings(value.hosts), cookies: strings(value.cookies) };
    this.unreadable.push(`${where}.seen`);
    return undefined;
  }
}

function readBuiltIn(reader: Reader, source: Json, id: 'analytics' | 'marketing'): BuiltInCategoryChoice {
  const value = source[id];
  if (value === undefined) return { included: true, whenOff: emptyPair() };
  if (!isObject(value)) {
    reader.unreadable.push(id);
    return { included: true, whenOff: emptyPair() };
  }
  return { included: reader.boolean(value, 'included', true, `${id}.included`), whenOff: reader.pair(value, 'whenOff', `${id}.whenOff`) };
}

function readVendor(reader: Reader, value: unknown, where: string): VendorChoice | undefined {
  if (!isObject(value) || typeof value.id !== 'string' || !value.id) {
    reader.unreadable.push(where);
    return undefined;
  }
  const seen = reader.seen(value, where);
  if (value.kind === 'catalogue') {
    const category = reader.string(value, 'category', '', `${where}.category`);
    return { kind: 'catalogue', id: value.id, ...(category && { category }), ...(seen && { seen }) };
  }
  if (value.kind !== 'site') {
    reader.unreadable.push(where);
    return undefined;
  }
  return {
    kind: 'site',
    id: value.id,
    name: reader.pair(value, 'name', `${where}.name`),
    category: reader.string(value, 'category', 'marketing', `${where}.category`),
    data: reader.pair(value, 'data', `${where}.data`),
    purpose: reader.pair(value, 'purpose', `${where}.purpose`),
    policyUrl: reader.string(value, 'policyUrl', '', `${where}.policyUrl`),
    optOutUrl: reader.string(value, 'optOutUrl', '', `${where}.optOutUrl`),
    cookies: reader.string(value, 'cookies', '', `${where}.cookies`),
    domains: reader.string(value, 'domains', '', `${where}.domains`),
    ...(seen && { seen }),
  };
}

export interface ReadResult {
  settings: Settings;
  /** Where in the stored copy something could not be read ("vendors[2]", "colours.bg"); the default is used there. */
  unreadable: string[];
  /** The copy was made by a newer configurator than this one. */
  newer: boolean;
}

/** Reads settings written by this or another version of the configurator; never throws. */
export function readSettings(input: unknown): ReadResult {
  const reader = new Reader();
  if (!isObject(input)) return { settings: defaultSettings(), unreadable: ['(all)'], newer: false };
  const version = typeof input.v === 'number' ? input.v : 0;
  const siteLang = reader.oneOf(input, 'siteLang', SITE_LANGUAGES, 'ja');
  const base = defaultSettings(siteLang);
  const list = (key: string) => {
    const value = input[key];
    if (value === undefined) return [];
    if (Array.isArray(value)) return value;
    reader.unreadable.push(key);
    return [];
  };
  const siteCategories: SiteCategory[] = [];
  list('siteCategories').forEach((value, index) => {
    const where = `siteCategories[${index}]`;
    if (!isObject(value) || typeof value.id !== 'string') return void reader.unreadable.push(where);
    siteCategories.push({
      id: value.id,
      title: reader.pair(value, 'title', `${where}.title`),
      description: reader.pair(value, 'description', `${where}.description`),
      whenOff: reader.pair(value, 'whenOff', `${where}.whenOff`),
      sellOrShare: reader.boolean(value, 'sellOrShare', false, `${where}.sellOrShare`),
    });
  });
  const vendors = list('vendors')
    .map((value, index) => readVendor(reader, value, `vendors[${index}]`))
    .filter((vendor): vendor is VendorChoice => vendor !== undefined);
  const colours = { ...base.colours };
  if (input.colours !== undefined) {
    if (!isObject(input.colours)) reader.unreadable.push('colours');
    else
      for (const name of COLOUR_NAMES) {
        const value = input.colours[name];
        if (isHexColour(value)) colours[name] = value.toLowerCase();
        else if (value !== undefined) reader.unreadable.push(`colours.${name}`);
      }
  }
  const settings: Settings = {
    v: SETTINGS_VERSION,
    siteLang,
    policyUrl: reader.string(input, 'policyUrl', base.policyUrl),
    disclosureUrl: reader.string(input, 'disclosureUrl', base.disclosureUrl),
    revision: reader.string(input, 'revision', base.revision),
    analytics: readBuiltIn(reader, input, 'analytics'),
    marketing: readBuiltIn(reader, input, 'marketing'),
    siteCategories,
    vendors,
    layout: reader.oneOf(input, 'layout', LAYOUTS, base.layout),
    theme: reader.oneOf(input, 'theme', THEMES, base.theme),
    customColours: reader.boolean(input, 'customColours', base.customColours),
    colours,
    googleConsentMode: reader.boolean(input, 'googleConsentMode', base.googleConsentMode),
    autoBlock: reader.boolean(input, 'autoBlock', base.autoBlock),
    unsubscribeEndpoint: reader.string(input, 'unsubscribeEndpoint', base.unsubscribeEndpoint),
    recordEndpoint: reader.string(input, 'recordEndpoint', base.recordEndpoint),
    optOutParam: reader.string(input, 'optOutParam', base.optOutParam),
    optOutTokenParam: reader.string(input, 'optOutTokenParam', base.optOutTokenParam),
    delivery: reader.oneOf(input, 'delivery', DELIVERIES, base.delivery),
    scriptPath: reader.string(input, 'scriptPath', base.scriptPath),
  };
  const known = new Set<string>(Object.keys(settings));
  // A newer configurator may have added settings this one does not know: name them rather than drop them silently.
  for (const key of Object.keys(input)) if (!known.has(key)) reader.unreadable.push(key);
  return { settings, unreadable: reader.unreadable, newer: version > SETTINGS_VERSION };
}

// ---- The URL hash: `#settings=<base64url of the JSON>`, so a link can be bookmarked or sent.

export const HASH_KEY = 'settings';
export const STORAGE_KEY = 'consent-banner-configurator';

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function settingsToHash(settings: Settings): string {
  return `#${HASH_KEY}=${toBase64Url(JSON.stringify(settings))}`;
}

/** The settings in a URL hash: undefined when the hash holds none, `'damaged'` when it holds some that cannot be decoded. */
export function settingsFromHash(hash: string): unknown | 'damaged' | undefined {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(HASH_KEY);
  if (value === null) return undefined;
  try {
    return JSON.parse(fromBase64Url(value));
  } catch {
    return 'damaged';
  }
}
