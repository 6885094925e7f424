import { LitElement, type TemplateResult } from 'lit';
import { type Stats, type StoredRecord, type Suppression } from './api.js';
import { type AdminLanguage } from './i18n/index.js';
/**
 * The service's admin page: consent-rate chart, per-category rates, lookup by consent id, exports and the
 * suppression list. Rendered in light DOM, styled by admin.css, so it runs under the service's strict CSP
 * (no inline styles or scripts; bar widths are set through the CSSOM in updated()).
 */
export declare class ConsentAdminElement extends LitElement {
    static properties: {
        language: {
            state: boolean;
        };
        token: {
            state: boolean;
        };
        signedIn: {
            state: boolean;
        };
        problem: {
            state: boolean;
        };
        busy: {
            state: boolean;
        };
        from: {
            state: boolean;
        };
        to: {
            state: boolean;
        };
        stats: {
            state: boolean;
        };
        lookedUp: {
            state: boolean;
        };
        lookupRecords: {
            state: boolean;
        };
        category: {
            state: boolean;
        };
        suppressions: {
            state: boolean;
        };
        announcement: {
            state: boolean;
        };
    };
    language: AdminLanguage;
    token: string;
    signedIn: boolean;
    /** The last problem, shown in an alert: a refused token, the admin API off, the service unreachable. */
    problem: string;
    busy: boolean;
    from: string;
    to: string;
    stats?: Stats;
    lookedUp: string;
    lookupRecords?: StoredRecord[];
    category: string;
    suppressions?: Suppression[];
    /** Polite status messages (a download started). */
    announcement: string;
    private api?;
    private get strings();
    protected createRenderRoot(): this;
    connectedCallback(): void;
    private applyLanguage;
    /** This page's address in another language (other parameters kept). */
    private languageHref;
    private describe;
    /** Runs one request; a refused token signs the owner out so they can type it again. */
    private attempt;
    private signIn;
    private signOut;
    private refresh;
    private loadSuppressions;
    private lookup;
    private download;
    /** Bar widths through the CSSOM: the CSP refuses style attributes (Lit's styleMap writes one on first render). */
    protected updated(): void;
    private formValue;
    protected render(): TemplateResult<1>;
    private renderSignIn;
    private renderDashboard;
    private renderStats;
    /** A data table that scrolls on its own on a narrow screen (focusable, so a keyboard can scroll it). */
    private table;
    private renderLookup;
    private renderRecord;
    private renderExport;
    private renderSuppressions;
}
