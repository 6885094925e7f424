import { LitElement, nothing, type PropertyValues } from 'lit';
import type { ConsentManager } from '../../core/consent-manager.js';
/**
 * The first-layer banner and the preferences dialog. It renders what its
 * `manager` says and calls the manager's methods; it holds no consent logic.
 *
 * @event consent-ready - Re-dispatched from here when rendered (see the core).
 * @event consent-change - After every decision, from here when rendered.
 *
 * @csspart banner - The first-layer banner.
 * @csspart title - The banner's heading.
 * @csspart text - The banner's text.
 * @csspart policy-link - The link to the privacy policy.
 * @csspart actions - The row of buttons.
 * @csspart button - Every button; also `button-accept`, `button-reject`, `button-customize`, `button-save`.
 * @csspart preferences - The preferences dialog.
 * @csspart category - One category in the preferences.
 * @csspart switch - A category's on/off switch.
 *
 * @cssprop --consent-bg - Background colour.
 * @cssprop --consent-fg - Text colour.
 * @cssprop --consent-muted - Secondary text colour.
 * @cssprop --consent-border - Border colour.
 * @cssprop --consent-choice-bg - Background of Accept all and Reject all (always the same).
 * @cssprop --consent-choice-fg - Text of Accept all and Reject all.
 * @cssprop --consent-accent - Links, switches that are on, the Save button.
 * @cssprop --consent-accent-fg - Text on the accent colour.
 * @cssprop --consent-switch-off - Track colour of a switch that is off.
 * @cssprop --consent-focus - Focus ring colour.
 * @cssprop --consent-font - Font family.
 * @cssprop --consent-radius - Corner radius.
 * @cssprop --consent-spacing - Inner spacing.
 * @cssprop --consent-shadow - Banner shadow.
 * @cssprop --consent-z-index - Stacking order of the banner.
 * @cssprop --consent-max-width - Width of the banner's content on wide screens.
 */
export declare class ConsentBannerElement extends LitElement {
    static styles: import("lit").CSSResult;
    static properties: {
        manager: {
            attribute: boolean;
        };
        view: {
            state: boolean;
        };
        bannerBehind: {
            state: boolean;
        };
        draft: {
            state: boolean;
        };
    };
    /** The core instance this element renders. Required. */
    manager?: ConsentManager;
    private view;
    /** The banner stays under the preferences it opened, so closing them returns focus to Customize. */
    private bannerBehind;
    private draft;
    private detachManager?;
    private readonly pageLanguage;
    private returnFocusTo;
    connectedCallback(): void;
    disconnectedCallback(): void;
    protected firstUpdated(): void;
    protected willUpdate(changed: PropertyValues<this>): void;
    protected updated(changed: PropertyValues): void;
    private attachManager;
    private decide;
    private toggle;
    private onDialogClose;
    private onDialogCancel;
    private renderPolicyLink;
    private renderBanner;
    private renderCategory;
    private renderPreferences;
    private renderNotice;
    protected render(): typeof nothing | import("lit-html").TemplateResult<1>;
}
