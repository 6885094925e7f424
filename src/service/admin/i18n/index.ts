import type { AdminStrings } from './types.js';
import { en } from './en.js';
import { ja } from './ja.js';

export type AdminLanguage = 'ja' | 'en';
export const ADMIN_LANGUAGES: Record<AdminLanguage, AdminStrings> = { ja, en };

/** `?lang=ja|en` first, then the browser's languages; Japanese or English, English when neither is asked for. */
export function pickLanguage(search: string, languages: readonly string[]): AdminLanguage {
  const asked = new URLSearchParams(search).get('lang');
  if (asked === 'ja' || asked === 'en') return asked;
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'ja' || base === 'en') return base;
  }
  return 'en';
}
