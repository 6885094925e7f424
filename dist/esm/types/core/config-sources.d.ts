import type { ReportProblem } from './boot-problem-codes.js';
import type { ConsentConfigInput } from './config-types.js';
export declare const CONFIG_BLOCK_ID = "consent-banner-config";
declare global {
    interface Window {
        consentBannerConfig?: ConsentConfigInput;
    }
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
export declare function readConfigSources({ script, document, window, report }: ConfigSources): Record<string, unknown>;
