import type { FirstLayerStrings } from '../../i18n/types.js';
/**
 * Accept all and Reject all, in the banner and in the preferences: one class, side by side, so neither
 * is nudged. The one place that renders them, so the two layers cannot drift apart.
 */
export declare function renderChoiceButtons(strings: Pick<FirstLayerStrings, 'acceptAll' | 'rejectAll'>, decide: (action: 'acceptAll' | 'rejectAll') => void): import("lit-html").TemplateResult<1>;
