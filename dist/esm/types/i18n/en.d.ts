import type { Strings } from './types.js';
export declare const en: Strings;
