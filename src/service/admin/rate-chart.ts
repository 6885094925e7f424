import { html, LitElement, type PropertyValues } from 'lit';
import uPlot from 'uplot';
import type { DayStats } from './api.js';
import type { AdminStrings } from './i18n/types.js';

export const DAY_SECONDS = 86_400;
/** Series colours, also used by the legend's swatches (.swatch-accept … in admin.css). */
const COLOURS = { acceptAll: '#1a7f37', custom: '#b35900', rejectAll: '#5a6270' } as const;

/** Every UTC day from `from` to `to` inclusive, as Unix seconds: days without decisions stay on the axis. */
export function daysBetween(from: string, to: string): number[] {
  const start = Date.parse(`${from}T00:00:00Z`) / 1000;
  const end = Date.parse(`${to}T00:00:00Z`) / 1000;
  const days: number[] = [];
  for (let day = start; day <= end && days.length < 3700; day += DAY_SECONDS) days.push(day);
  return days;
}

/**
 * The consent-rate chart: per UTC day, a bar split into the shares of decisions that accepted all, chose some
 * or rejected all, drawn by uPlot on a canvas. The canvas is an image to assistive technology; the page shows the same numbers
 * in a table. Rendered in light DOM so the page's stylesheet (with uPlot's) applies: no inline styles needed.
 */
export class RateChartElement extends LitElement {
  static override properties = {
    days: { attribute: false },
    from: {},
    to: {},
    strings: { attribute: false },
    language: {},
  };

  days: DayStats[] = [];
  from = '';
  to = '';
  strings?: AdminStrings;
  language = 'en';

  private plot?: uPlot;
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
    return { width, height: width < 480 ? 220 : 280 };
  }

  protected override render() {
    return html`<div class="chart-canvas" role="img" aria-label=${this.strings?.chartLabel ?? ''}></div>`;
  }

  protected override updated(changed: PropertyValues<this>) {
    if (!this.strings) return;
    if (changed.has('strings') || changed.has('language')) {
      this.plot?.destroy();
      this.plot = undefined;
    }
    const byDay = new Map(this.days.map((day) => [day.day, day]));
    const x = daysBetween(this.from, this.to);
    // A 100% stacked bar per day, drawn as three overlapping bars from the tallest down: accept all on top,
    // then chose some, then reject all at the bottom. Each series holds the top of its band.
    const band = (keys: ('acceptAll' | 'rejectAll' | 'custom')[]) =>
      x.map((seconds) => {
        const day = byDay.get(new Date(seconds * 1000).toISOString().slice(0, 10));
        return day?.total ? (keys.reduce((sum, key) => sum + day[key], 0) / day.total) * 100 : null;
      });
    const data: uPlot.AlignedData = [x, band(['acceptAll', 'custom', 'rejectAll']), band(['custom', 'rejectAll']), band(['rejectAll'])];
    if (this.plot) {
      this.plot.setData(data);
      return;
    }
    const strings = this.strings;
    const dayLabel = new Intl.DateTimeFormat(this.language, { month: 'numeric', day: 'numeric', timeZone: 'UTC' });
    const bars = uPlot.paths.bars!({ size: [0.7, 40], gap: 1 });
    const series = (label: string, colour: string): uPlot.Series => ({ label, fill: colour, stroke: colour, width: 0, paths: bars, points: { show: false } });
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
          series(strings.acceptAll, COLOURS.acceptAll),
          series(strings.custom, COLOURS.custom),
          series(strings.rejectAll, COLOURS.rejectAll),
        ],
      },
      data,
      this.querySelector<HTMLElement>('.chart-canvas')!,
    );
  }
}
