import type { Logger } from '../core/log.js';
import type { Language, Strings } from './types.js';

/** A site's replacement texts: plain strings, with `{purposes}`, `{title}`, `{id}`, `{savedAt}` where the built-in text has them. */
export type TextOverrides = Record<string, unknown>;

const PLACEHOLDER_NAMES: Partial<Record<keyof Strings, string[]>> = {
  bannerText: ['purposes'],
  gpcNotice: ['purposes'],
  placeholderText: ['purposes'],
  optOutCategory: ['title'],
  consentIdLabel: ['id', 'savedAt'],
};

function fromTemplate(template: string, names: string[]) {
  return (...values: string[]) => names.reduce((text, name, i) => text.split(`{${name}}`).join(values[i]), template);
}

/** Merged once per config, table and language, so a problem is reported once, not on every render. */
const merged = new WeakMap<object, WeakMap<object, Map<Language, unknown>>>();
const problems = new WeakMap<object, Set<string>>();

/**
 * `base` (the built-in table `lang` falls back to, whole or its first layer) with the site's texts for `lang`
 * applied. With `onlyItsOwn`, texts `base` does not have are left for the whole table (and reported with it).
 */
export function withOverrides<T extends object>(
  base: T,
  lang: Language,
  overrides: Record<string, TextOverrides> = {},
  log?: Logger,
  { onlyItsOwn = false } = {},
): T {
  if (!overrides[lang]) return base;
  const byBase = merged.get(overrides) ?? new WeakMap<object, Map<Language, unknown>>();
  merged.set(overrides, byBase);
  const byLang = byBase.get(base) ?? new Map<Language, unknown>();
  byBase.set(base, byLang);
  // The first layer's table and the whole one see the same texts: each problem is reported once.
  const reported = (problems.get(overrides) ?? problems.set(overrides, new Set()).get(overrides))!;
  const warnOnce = log && ((message: string) => void (reported.has(message) || (reported.add(message), log.warn(message))));
  if (!byLang.has(lang)) byLang.set(lang, mergeStrings(base, lang, overrides[lang], warnOnce, onlyItsOwn));
  return byLang.get(lang) as T;
}

function mergeStrings<T extends object>(base: T, lang: Language, own: TextOverrides, warn: ((message: string) => void) | undefined, onlyItsOwn: boolean): T {
  const merged = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(own)) {
    const builtIn = (base as Record<string, unknown>)[key];
    if (onlyItsOwn && (builtIn === undefined || key === 'categories')) continue;
    if (builtIn === undefined || key === 'categories') {
      warn?.(`texts.${lang}.${key} is not a text of the widget; it is ignored. Category texts go in categories.<id>.`);
    } else if (typeof builtIn === 'function' && typeof value === 'string') {
      merged[key] = fromTemplate(value, PLACEHOLDER_NAMES[key as keyof Strings] ?? []);
    } else if (typeof builtIn === 'string' && typeof value === 'string') {
      merged[key] = value;
    } else if (typeof builtIn === 'object' && value && typeof value === 'object') {
      merged[key] = { ...builtIn, ...value };
    } else {
      warn?.(`texts.${lang}.${key} must be a string; it is ignored.`);
    }
  }
  return merged as unknown as T;
}
