/** `_ga*` → matches `_ga`, `_ga_ABC123`; every other character is literal. */
export declare function namePattern(patterns: string[]): RegExp | null;
