import type { AdminStrings } from './types.js';
export declare const en: AdminStrings;
