import { LitElement, nothing } from 'lit';
import type { ConsentManager } from '../../core/consent-manager.js';
/**
 * Stands in for an embed (`<iframe data-consent="marketing" data-src="…">`)
 * until its categories are granted: says what it is and what it needs, and
 * offers to allow it. Placed and removed by `mountPlaceholders`.
 *
 * @tagname consent-placeholder
 * @csspart placeholder - The box that takes the embed's place.
 * @cssprop --consent-placeholder-bg - Background of the box.
 */
export declare class ConsentPlaceholderElement extends LitElement {
    static styles: import("lit").CSSResult[];
    static properties: {
        manager: {
            attribute: boolean;
        };
        target: {
            attribute: boolean;
        };
    };
    manager?: ConsentManager;
    /** The embed this placeholder stands in for. */
    target?: HTMLElement;
    private readonly pageLanguage;
    private get neededCategories();
    private allow;
    /** Also waits for the page language's texts when they had to be loaded first. */
    protected getUpdateComplete(): Promise<boolean>;
    protected render(): import("lit-html").TemplateResult<1> | typeof nothing;
}
