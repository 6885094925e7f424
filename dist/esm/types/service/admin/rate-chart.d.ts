import { LitElement, type PropertyValues } from 'lit';
import type { DayStats } from './api.js';
import type { AdminStrings } from './i18n/types.js';
/**
 * The consent-rate chart: per UTC day, a bar split into the shares of decisions that accepted all, chose some
 * or rejected all, drawn by uPlot on a canvas. The canvas is an image to assistive technology; the page shows the same numbers
 * in a table. Rendered in light DOM so the page's stylesheet (with uPlot's) applies: no inline styles needed.
 */
export declare class RateChartElement extends LitElement {
    static properties: {
        days: {
            attribute: boolean;
        };
        from: {};
        to: {};
        strings: {
            attribute: boolean;
        };
        language: {};
    };
    days: DayStats[];
    from: string;
    to: string;
    strings?: AdminStrings;
    language: string;
    private plot?;
    private readonly resizes;
    protected createRenderRoot(): this;
    connectedCallback(): void;
    disconnectedCallback(): void;
    private size;
    protected render(): import("lit-html").TemplateResult<1>;
    protected updated(changed: PropertyValues<this>): void;
}
