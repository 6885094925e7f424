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

const merged = new WeakMap<object, Map<Language, Strings>>();

/** `base` (the built-in table `lang` falls back to) with the site's texts for `lang` applied. */
export function withOverrides(base: Strings, lang: Language, overrides: Record<string, TextOverrides> = {}, log?: Logger): Strings {
  if (!overrides[lang]) return base;
  // Merged once per config and language, so a problem is reported once, not on every render.
  const byLang = merged.get(overrides) ?? new Map<Language, Strings>();
  merged.set(overrides, byLang);
  if (!byLang.has(lang)) byLang.set(lang, mergeStrings(base, lang, overrides[lang], log));
  return byLang.get(lang)!;
}

function mergeStrings(base: Strings, lang: Language, own: TextOverrides, log?: Logger): Strings {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(own)) {
    const builtIn = (base as unknown as Record<string, unknown>)[key];
    if (builtIn === undefined || key === 'categories') {
      log?.warn(`texts.${lang}.${key} is not a text of the widget; it is ignored. Category texts go in categories.<id>.`);
    } else if (typeof builtIn === 'function' && typeof value === 'string') {
      merged[key] = fromTemplate(value, PLACEHOLDER_NAMES[key as keyof Strings] ?? []);
    } else if (typeof builtIn === 'string' && typeof value === 'string') {
      merged[key] = value;
    } else if (typeof builtIn === 'object' && value && typeof value === 'object') {
      merged[key] = { ...builtIn, ...value };
    } else {
      log?.warn(`texts.${lang}.${key} must be a string; it is ignored.`);
    }
  }
  return merged as unknown as Strings;
}
