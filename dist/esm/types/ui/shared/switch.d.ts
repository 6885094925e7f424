import type { Strings } from '../../i18n/index.js';
/** The on/off switch of the preferences and the disclosure table: `role="switch"`, its state also in words. */
export declare const switchStyles: import("lit").CSSResult;
export interface SwitchOptions {
    on: boolean;
    /** Always on and not changeable (the `service` category). */
    locked: boolean;
    categoryId: string;
    strings: Strings;
    onToggle: () => void;
    /** Its accessible name: the id of a visible label, or a text. */
    labelledBy?: string;
    label?: string;
    describedBy?: string;
}
export declare function renderSwitch({ on, locked, categoryId, strings, onToggle, labelledBy, label, describedBy }: SwitchOptions): import("lit-html").TemplateResult<1>;
