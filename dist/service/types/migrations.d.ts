export declare const MIGRATIONS: string[][];
