import type { AdminStrings } from './types.js';
export declare const ja: AdminStrings;
