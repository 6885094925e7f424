import { html } from 'lit';
import type uPlot from 'uplot';
import type { DayStats } from './api.js';
import { DayChartElement } from './day-chart.js';
import type { AdminStrings } from './i18n/types.js';

/**
 * One colour and dash pattern per category, in the order of the period's categories. Colours keep 4.5:1
 * against white and stay apart for red-green colour blindness; the dashes tell lines apart without colour.
 */
const PALETTE = ['#0072b2', '#b34700', '#007a55', '#9c3d82', '#6b5d00', '#5b3fb2', '#00707a', '#3d434c'];
const DASHES = [[], [9, 4], [2, 3], [10, 3, 2, 3]];
export const seriesStyle = (index: number) => ({ colour: PALETTE[index % PALETTE.length], dash: DASHES[index % DASHES.length] });

/** Granted share (0–1) of a category on a day, or null when that day has no decision about it. */
export function grantedShare(day: DayStats | undefined, category: string): number | null {
  const counts = day?.categories?.[category];
  const total = counts ? counts.granted + counts.refused : 0;
  return counts && total ? counts.granted / total : null;
}

/**
 * The per-category consent rate over time: per UTC day, the share of decisions that granted each optional
 * category, one line per category, drawn by uPlot. Its legend is HTML (swatches are small SVGs with the line's
 * colour and dash, no style attributes); see DayChartElement.
 */
export class CategoryChartElement extends DayChartElement {
  static override properties = { ...DayChartElement.properties, categories: { attribute: false } };

  /** The period's optional categories, in the order of their colours. */
  categories: string[] = [];
  protected readonly wideHeight = 260;

  // Another set of categories needs other series: draw the chart afresh.
  protected override seriesKey() {
    return `${this.language}|${this.categories.join(',')}`;
  }

  protected override render() {
    const s = this.strings;
    if (!s) return html``;
    return html`
      <ul class="legend">
        ${this.categories.map((id, index) => {
          const { colour, dash } = seriesStyle(index);
          return html`<li>
            <svg class="line-swatch" width="28" height="12" viewBox="0 0 28 12" aria-hidden="true" focusable="false">
              <line x1="1" y1="6" x2="27" y2="6" stroke=${colour} stroke-width="2.5" stroke-dasharray=${dash.join(' ') || 'none'}></line>
              <circle cx="14" cy="6" r="3.5" fill=${colour}></circle>
            </svg>
            ${s.categoryName(id)}
          </li>`;
        })}
      </ul>
      <div class="chart-canvas" role="img" aria-label=${s.categoryChartLabel}></div>
    `;
  }

  protected valuesOn(day: DayStats | undefined) {
    return this.categories.map((id) => {
      const share = grantedShare(day, id);
      return share === null ? null : share * 100;
    });
  }

  protected series(strings: AdminStrings): uPlot.Series[] {
    return this.categories.map((id, index): uPlot.Series => {
      const { colour, dash } = seriesStyle(index);
      // Days without decisions are skipped, not drawn as 0 %: the line joins the days that have some.
      return { label: strings.categoryName(id), stroke: colour, width: 2.5, dash, spanGaps: true, points: { show: true, size: 8, fill: colour, stroke: colour } };
    });
  }
}
