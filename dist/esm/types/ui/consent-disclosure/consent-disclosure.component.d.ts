import { LitElement, nothing } from 'lit';
import type { ConsentManager } from '../../core/consent-manager.js';
/**
 * The external transmission table (外部送信ポリシー, 電気通信事業法 第27条の12):
 * one row per recipient from the `vendors` config, with the information
 * sent, the purpose, the category and a switch that changes that category;
 * and, when any recipient has one (`optOutUrl`), a column linking each
 * recipient's own opt-out page, which stops what the site's switch cannot:
 * the recipient's use of what it has already received.
 *
 * @tagname consent-disclosure
 * @csspart table - The table.
 * @csspart switch - A row's opt-out switch.
 * @csspart note - The line under the table saying that its switches act per category.
 * @cssprop --consent-header-bg - Background of the header row.
 */
export declare class ConsentDisclosureElement extends LitElement {
    static styles: import("lit").CSSResult[];
    static properties: {
        manager: {
            attribute: boolean;
        };
    };
    manager?: ConsentManager;
    private readonly pageLanguage;
    private unsubscribe?;
    connectedCallback(): void;
    disconnectedCallback(): void;
    protected willUpdate(changed: Map<PropertyKey, unknown>): void;
    private subscribe;
    /** Also waits for the page language's texts when they had to be loaded first. */
    protected getUpdateComplete(): Promise<boolean>;
    protected render(): import("lit-html").TemplateResult<1> | typeof nothing;
}
