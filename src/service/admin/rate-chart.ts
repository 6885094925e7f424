import { html } from 'lit';
import uPlot from 'uplot';
import type { DayStats } from './api.js';
import { DayChartElement } from './day-chart.js';
import type { AdminStrings } from './i18n/types.js';

/** Series colours, also used by the legend's swatches (.swatch-accept … in admin.css). */
const COLOURS = { acceptAll: '#1a7f37', custom: '#b35900', rejectAll: '#5a6270' } as const;

/**
 * The consent-rate chart: per UTC day, a bar split into the shares of decisions that accepted all, chose some
 * or rejected all, drawn by uPlot on a canvas (see DayChartElement).
 */
export class RateChartElement extends DayChartElement {
  protected readonly wideHeight = 280;

  protected override render() {
    return html`<div class="chart-canvas" role="img" aria-label=${this.strings?.chartLabel ?? ''}></div>`;
  }

  // A 100% stacked bar per day, drawn as three overlapping bars from the tallest down: accept all on top,
  // then chose some, then reject all at the bottom. Each series holds the top of its band.
  protected valuesOn(day: DayStats | undefined) {
    const band = (keys: ('acceptAll' | 'rejectAll' | 'custom')[]) =>
      day?.total ? (keys.reduce((sum, key) => sum + day[key], 0) / day.total) * 100 : null;
    return [band(['acceptAll', 'custom', 'rejectAll']), band(['custom', 'rejectAll']), band(['rejectAll'])];
  }

  protected series(strings: AdminStrings): uPlot.Series[] {
    const bars = uPlot.paths.bars!({ size: [0.7, 40], gap: 1 });
    const series = (label: string, colour: string): uPlot.Series => ({ label, fill: colour, stroke: colour, width: 0, paths: bars, points: { show: false } });
    return [series(strings.acceptAll, COLOURS.acceptAll), series(strings.custom, COLOURS.custom), series(strings.rejectAll, COLOURS.rejectAll)];
  }
}
