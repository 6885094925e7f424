import { CONFIG_BLOCK_ID } from './config-sources.js';
import type { BootProblem, ReportProblem } from './boot-problem-codes.js';
import type { Logger } from './log.js';

export type { BootProblem, ReportProblem } from './boot-problem-codes.js';

const DESCRIPTIONS: Record<BootProblem, (detail?: string) => string> = {
  'config-block-json': (detail) => `<script id="${CONFIG_BLOCK_ID}"> is not valid JSON (${detail}); it is ignored.`,
  'config-block-shape': () => `<script id="${CONFIG_BLOCK_ID}"> must hold a JSON object; it is ignored.`,
  // detail 'ignored': the widget had already started with the config of its data-* attributes or window.consentBannerConfig.
  'config-block-late': (detail) =>
    detail === 'ignored'
      ? `<script id="${CONFIG_BLOCK_ID}"> comes after consent-banner.js, which had already started with the config from its data-* attributes or window.consentBannerConfig; the block is ignored. Move it above the consent-banner.js script tag.`
      : `<script id="${CONFIG_BLOCK_ID}"> comes after consent-banner.js, so it was read only once the page was parsed: Consent Mode's default and autoBlock started late, and tags that ran before then were not held. Move the block above the consent-banner.js script tag.`,
  'config-global-shape': () => 'window.consentBannerConfig must be an object; it is ignored.',
  'data-layer': () =>
    'window.dataLayer is not an array, so Google Consent Mode signals cannot be sent. Leave window.dataLayer to Google Tag Manager or gtag.js.',
  'gated-script': (detail) => `A gated script could not be started (${detail}). The gated scripts after it still run.`,
  'trusted-types': () =>
    'The page\'s Content-Security-Policy does not allow the Trusted Types policy "consent-banner", so gated scripts cannot run. Add it to the trusted-types directive.',
};

export function describeBootProblem(problem: BootProblem, detail?: string): string {
  return DESCRIPTIONS[problem](detail);
}

/** Reports through `log`, for code that runs outside the boot script (tests, bundler users). */
export const reportTo =
  (log: Logger): ReportProblem =>
  (problem, detail) =>
    log.error(describeBootProblem(problem, detail));
