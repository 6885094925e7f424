export declare const CORE_FILE = "consent-banner-core.js";
/** The config rules, which the core imports and a first visit's banner resolves its config with (src/rules-chunk.ts). */
export declare const RULES_FILE = "consent-banner-core-rules.js";
export declare const UI_FILE = "consent-banner-ui.js";
export declare const CATALOGUE_FILE = "consent-banner-catalogue.js";
/** The UI's built-in first-layer texts, one file per language (rollup.config.mjs names the chunks of src/i18n/ja-first.ts and en-first.ts so). */
export declare const uiStringsFile: (language: "ja" | "en") => string;
/** `file` beside the boot script (or beside the page when the script's address is unknown). */
export declare function besideScript(script: HTMLScriptElement | null, file: string): string;
/** Where the UI module lives: `uiUrl`, or beside the boot script. Both files must compute the same address, so the module is fetched once. */
export declare function uiAddress(uiUrl: string | undefined, script: HTMLScriptElement | null): string;
export declare function whenParsed(callback: () => void): void;
