import { LitElement, nothing, type PropertyValues } from 'lit';
import type { Layout } from '../../core/config-types.js';
import type { ConsentManager } from '../../core/consent-manager.js';
/**
 * The first-layer banner and the preferences dialog. It renders what its
 * `manager` says and calls the manager's methods; it holds no consent logic.
 *
 * @tagname consent-banner
 * @event consent-ready - Re-dispatched from here when rendered (see the core).
 * @event consent-change - After every decision, from here when rendered.
 *
 * @csspart banner - The first-layer banner.
 * @csspart banner-dialog - The modal dialog around the banner in the `modal` layout.
 * @csspart reason - Why the visitor is asked again (policy change, expiry).
 * @csspart gpc-notice - The sentence about Global Privacy Control.
 * @csspart storage-notice - The sentence shown when the browser refuses cookies.
 * @csspart notice - A notice: the unsubscribe confirmation, a minor policy update, cookies refused.
 * @csspart delivery - In the unsubscribe confirmation: whether the site's server recorded it.
 * @csspart consent-id - The visitor's consent id and decision date in the preferences.
 * @csspart disclosure-link - The link to the external transmission policy.
 * @csspart floating-button - The corner button that reopens the settings.
 * @csspart title - The banner's heading.
 * @csspart text - The banner's text.
 * @csspart policy-link - The link to the privacy policy.
 * @csspart actions - The row of buttons.
 * @csspart button - Every button; also `button-accept`, `button-reject`, `button-customize`, `button-save`, `button-close`, `button-undo`, `button-settings`, `button-close-notice`.
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
 * @cssprop --consent-error - Colour of error messages.
 *
 * @attr layout - `bar` (bottom, default), `bar-top`, `box` (corner) or `modal`; defaults to the config's `layout`.
 * @attr theme - `auto` (follows prefers-color-scheme), `light` or `dark`; defaults to the config's `theme`.
 * @attr lang - Forces the language instead of following `<html lang>`.
 */
export declare class ConsentBannerElement extends LitElement {
    static styles: import("lit").CSSResult[];
    static properties: {
        manager: {
            attribute: boolean;
        };
        layout: {};
        view: {
            state: boolean;
        };
        bannerBehind: {
            state: boolean;
        };
        draft: {
            state: boolean;
        };
        announcement: {
            state: boolean;
        };
    };
    /** The core instance this element renders. Required. */
    manager?: ConsentManager;
    /** Mirrors the `layout` attribute (documented above); the styles key on the attribute. */
    layout?: Layout;
    private view;
    /** The banner stays under the preferences it opened, so closing them returns focus to Customize. */
    private bannerBehind;
    private draft;
    private detachManager?;
    private readonly pageLanguage;
    /** Closing the preferences gives focus back to what opened them; Customize or the floating button if rendered anew. */
    private readonly focusReturn;
    private noticeNeedsFocus;
    private secondaryViews?;
    private secondaryViewsLoading?;
    /** What the live region says: set after a decision, so it is announced once. */
    private announcement;
    constructor();
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
    private renderFloatingButton;
    /** Also waits for the page language's texts and the preferences' or notices' chunk, when they had to be loaded first. */
    protected getUpdateComplete(): Promise<boolean>;
    /**
     * Loads the preferences dialog and the notices (a chunk of their own) and adds their styles. Called when
     * one must show, and ahead of time when the visitor points at or focuses a button that opens the preferences.
     */
    private loadSecondaryViews;
    protected render(): import("lit-html").TemplateResult<1> | typeof nothing;
}
