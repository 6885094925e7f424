import type { ConsentConfigInput } from './config.js';
import type { Logger } from './log.js';

export const CONFIG_BLOCK_ID = 'consent-banner-config';

declare global {
  interface Window {
    consentBannerConfig?: ConsentConfigInput;
  }
}

/** `data-policy-url` → `policyUrl`; the browser's `dataset` already does this. */
function fromDataAttributes(script: HTMLOrSVGScriptElement | null | undefined): Record<string, string | undefined> {
  return script ? { ...script.dataset } : {};
}

function fromJsonBlock(doc: Document, log: Logger): Record<string, unknown> {
  const block = doc.getElementById(CONFIG_BLOCK_ID);
  if (!block) return {};
  try {
    const parsed: unknown = JSON.parse(block.textContent ?? '');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
    log.error(`<script id="${CONFIG_BLOCK_ID}"> must hold a JSON object; it is ignored.`);
  } catch (error) {
    log.error(`<script id="${CONFIG_BLOCK_ID}"> is not valid JSON (${(error as Error).message}); it is ignored.`);
  }
  return {};
}

export interface ConfigSources {
  /** The script tag that loaded the widget; its `data-*` attributes win. */
  script?: HTMLOrSVGScriptElement | null;
  document: Document;
  window: Window;
  log: Logger;
}

/**
 * Collects the raw config in order of precedence: `data-*` attributes on the
 * script tag, then the JSON block, then `window.consentBannerConfig`. A key
 * given in a stronger source replaces the whole value from a weaker one.
 */
export function readConfigSources({ script, document, window, log }: ConfigSources): Record<string, unknown> {
  const global = window.consentBannerConfig;
  if (global !== undefined && (typeof global !== 'object' || global === null)) {
    log.error('window.consentBannerConfig must be an object; it is ignored.');
  }
  return {
    ...(global && typeof global === 'object' ? global : {}),
    ...fromJsonBlock(document, log),
    ...fromDataAttributes(script),
  };
}
