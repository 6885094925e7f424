import { nothing, type TemplateResult } from 'lit';
import type { ConsentState } from '../../core/categories.js';
import type { ResolvedCategory } from '../../core/config-types.js';
import type { ConsentManager } from '../../core/consent-manager.js';
import type { ConsentSource } from '../../core/events.js';
import type { Language, Strings } from '../../i18n/types.js';
export { secondaryViewStyles } from './secondary-views.styles.js';
/** What the views need from the element that shows them. */
export interface SecondaryViewHost {
    manager: ConsentManager;
    strings: Strings;
    lang: Language;
    /** The preferences' switch positions, not yet saved. */
    draft: ConsentState;
    policyLinks: TemplateResult;
    toggle(category: ResolvedCategory): void;
    decide(action: 'acceptAll' | 'rejectAll', source: ConsentSource): void;
    onDialogCancel(event: Event): void;
    onDialogClose(): void;
}
export declare function renderPreferences(host: SecondaryViewHost): TemplateResult<1>;
export declare function renderNotice(host: SecondaryViewHost): TemplateResult<1> | typeof nothing;
