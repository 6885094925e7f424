import { html, LitElement, type PropertyValues } from 'lit';
import uPlot from 'uplot';
import type { DayStats } from './api.js';
import type { AdminStrings } from './i18n/types.js';
import { DAY_SECONDS, daysBetween } from './rate-chart.js';

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
 * colour and dash, no style attributes); the page shows the same numbers in a table. Light DOM, as the rate chart.
 */
export class CategoryChartElement extends LitElement {
  static override properties = {
    days: { attribute: false },
    categories: { attribute: false },
    from: {},
    to: {},
    strings: { attribute: false },
    language: {},
  };

  days: DayStats[] = [];
  /** The period's optional categories, in the order of their colours. */
  categories: string[] = [];
  from = '';
  to = '';
  strings?: AdminStrings;
  language = 'en';

  private plot?: uPlot;
  private plotted = '';
  private readonly resizes = new ResizeObserver(() => this.plot?.setSize(this.size()));

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.resizes.observe(this);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.resizes.disconnect();
    this.plot?.destroy();
    this.plot = undefined;
  }

  private size() {
    const width = Math.max(240, this.clientWidth);
    return { width, height: width < 480 ? 220 : 260 };
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

  protected override updated(changed: PropertyValues<this>) {
    if (!this.strings) return;
    // A new language or another set of categories needs new series: draw the chart afresh.
    const shape = `${this.language}|${this.categories.join(',')}`;
    if (changed.has('strings') || shape !== this.plotted) {
      this.plot?.destroy();
      this.plot = undefined;
    }
    const byDay = new Map(this.days.map((day) => [day.day, day]));
    const x = daysBetween(this.from, this.to);
    const data: uPlot.AlignedData = [
      x,
      ...this.categories.map((id) =>
        x.map((seconds) => {
          const share = grantedShare(byDay.get(new Date(seconds * 1000).toISOString().slice(0, 10)), id);
          return share === null ? null : share * 100;
        }),
      ),
    ];
    if (this.plot) {
      this.plot.setData(data);
      return;
    }
    const strings = this.strings;
    const dayLabel = new Intl.DateTimeFormat(this.language, { month: 'numeric', day: 'numeric', timeZone: 'UTC' });
    this.plotted = shape;
    this.plot = new uPlot(
      {
        ...this.size(),
        legend: { show: false },
        cursor: { drag: { x: false, y: false } },
        tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC'),
        scales: { x: { time: true, range: (_plot, min, max) => [min - DAY_SECONDS / 2, max + DAY_SECONDS / 2] }, y: { range: [0, 100] } },
        axes: [
          { values: (_plot, splits) => splits.map((seconds) => dayLabel.format(new Date(seconds * 1000))), stroke: '#3d434c' },
          { values: (_plot, splits) => splits.map((value) => strings.percent(value / 100)), stroke: '#3d434c', size: 56 },
        ],
        series: [
          {},
          ...this.categories.map((id, index): uPlot.Series => {
            const { colour, dash } = seriesStyle(index);
            // Days without decisions are skipped, not drawn as 0 %: the line joins the days that have some.
            return { label: strings.categoryName(id), stroke: colour, width: 2.5, dash, spanGaps: true, points: { show: true, size: 8, fill: colour, stroke: colour } };
          }),
        ],
      },
      data,
      this.querySelector<HTMLElement>('.chart-canvas')!,
    );
  }
}
