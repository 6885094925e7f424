// Where the lazily loaded files live, shared by the boot script and the core chunk.
export const CORE_FILE = 'consent-banner-core.js';
/** The config rules, which the core imports and a first visit's banner resolves its config with (src/rules-chunk.ts). */
export const RULES_FILE = 'consent-banner-core-rules.js';
export const UI_FILE = 'consent-banner-ui.js';
export const CATALOGUE_FILE = 'consent-banner-catalogue.js';
/** The UI's built-in first-layer texts, one file per language (rollup.config.mjs names the chunks of src/i18n/ja-first.ts and en-first.ts so). */
export const uiStringsFile = (language: 'ja' | 'en') => `consent-banner-ui-${language}.js`;

/** `file` beside the boot script (or beside the page when the script's address is unknown). */
export function besideScript(script: HTMLScriptElement | null, file: string): string {
  return new URL(file, script?.src || location.href).href;
}

/** Where the UI module lives: `uiUrl`, or beside the boot script. Both files must compute the same address, so the module is fetched once. */
export function uiAddress(uiUrl: string | undefined, script: HTMLScriptElement | null): string {
  return uiUrl ? new URL(uiUrl, location.href).href : besideScript(script, UI_FILE);
}

export function whenParsed(callback: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', callback, { once: true });
  else callback();
}
