import type { ConsentConfigInput } from './config.js';
import type { Logger } from './log.js';
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
    log: Logger;
}
/**
 * Collects the raw config in order of precedence: `data-*` attributes on the
 * script tag, then the JSON block, then `window.consentBannerConfig`. A key
 * given in a stronger source replaces the whole value from a weaker one.
 */
export declare function readConfigSources({ script, document, window, log }: ConfigSources): Record<string, unknown>;
