import type { AdminStrings } from './types.js';
export type AdminLanguage = 'ja' | 'en';
export declare const ADMIN_LANGUAGES: Record<AdminLanguage, AdminStrings>;
/** `?lang=ja|en` first, then the browser's languages; Japanese or English, English when neither is asked for. */
export declare function pickLanguage(search: string, languages: readonly string[]): AdminLanguage;
