import { LitElement, type PropertyValues } from 'lit';
import uPlot from 'uplot';
import type { DayStats } from './api.js';
import type { AdminStrings } from './i18n/types.js';

export const DAY_SECONDS = 86_400;

/** Every UTC day from `from` to `to` inclusive, as Unix seconds: days without decisions stay on the axis. */
export function daysBetween(from: string, to: string): number[] {
  const start = Date.parse(`${from}T00:00:00Z`) / 1000;
  const end = Date.parse(`${to}T00:00:00Z`) / 1000;
  const days: number[] = [];
  for (let day = start; day <= end && days.length < 3700; day += DAY_SECONDS) days.push(day);
  return days;
}

/**
 * What the admin page's charts share: one uPlot canvas of percentages per UTC day, sized to the element and
 * drawn afresh when its series change (a new language, other categories). Light DOM, so the page's
 * stylesheet (with uPlot's) applies and no inline style is needed under the CSP. A chart says what its
 * series are and what each holds on a day; the canvas is an image to assistive technology, and the page
 * shows the same numbers in a table.
 */
export abstract class DayChartElement extends LitElement {
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

  /** Height on a wide screen; a phone's chart is 220 px high. */
  protected abstract readonly wideHeight: number;
  /** The series after the x axis, in the order of `valuesOn`'s values. */
  protected abstract series(strings: AdminStrings): uPlot.Series[];
  /** Each series' value on a day (a percentage, or null to leave the day out). */
  protected abstract valuesOn(day: DayStats | undefined): (number | null)[];
  /** What the series depend on besides the texts: a change draws the chart afresh. */
  protected seriesKey(): string {
    return this.language;
  }

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
    return { width, height: width < 480 ? 220 : this.wideHeight };
  }

  protected override updated(changed: PropertyValues<this>) {
    if (!this.strings) return;
    const key = this.seriesKey();
    if (changed.has('strings') || key !== this.plotted) {
      this.plot?.destroy();
      this.plot = undefined;
    }
    const byDay = new Map(this.days.map((day) => [day.day, day]));
    const x = daysBetween(this.from, this.to);
    const perDay = x.map((seconds) => this.valuesOn(byDay.get(new Date(seconds * 1000).toISOString().slice(0, 10))));
    const series = this.series(this.strings);
    const data: uPlot.AlignedData = [x, ...series.map((_, index) => perDay.map((values) => values[index]))];
    if (this.plot) {
      this.plot.setData(data);
      return;
    }
    const strings = this.strings;
    const dayLabel = new Intl.DateTimeFormat(this.language, { month: 'numeric', day: 'numeric', timeZone: 'UTC' });
    this.plotted = key;
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
        series: [{}, ...series],
      },
      data,
      this.querySelector<HTMLElement>('.chart-canvas')!,
    );
  }
}
