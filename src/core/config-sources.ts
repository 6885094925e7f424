import type { ReportProblem } from './boot-problem-codes.js';
import type { ConsentConfigInput } from './config-types.js';

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

function fromJsonBlock(doc: Document, report: ReportProblem): Record<string, unknown> {
  const block = doc.getElementById(CONFIG_BLOCK_ID);
  if (!block) return {};
  try {
    const parsed: unknown = JSON.parse(block.textContent ?? '');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
    report('config-block-shape');
  } catch (error) {
    report('config-block-json', (error as Error).message);
  }
  return {};
}

export interface ConfigSources {
  /** The script tag that loaded the widget; its `data-*` attributes win. */
  script?: HTMLOrSVGScriptElement | null;
  document: Document;
  window: Window;
  /** Names each problem; `reportTo(log)` describes them in the console. */
  report: ReportProblem;
}

/**
 * Collects the raw config in order of precedence: `data-*` attributes on the
 * script tag, then the JSON block, then `window.consentBannerConfig`. A key
 * given in a stronger source replaces the whole value from a weaker one.
 */
export function readConfigSources({ script, document, window, report }: ConfigSources): Record<string, unknown> {
  const global = window.consentBannerConfig;
  if (global !== undefined && (typeof global !== 'object' || global === null)) report('config-global-shape');
  return {
    ...(global && typeof global === 'object' ? global : {}),
    ...fromJsonBlock(document, report),
    ...fromDataAttributes(script),
  };
}
