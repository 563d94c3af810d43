/**
 * The overview's line chart of participation per day, drawn by uPlot. This module is a chunk of its
 * own (the overview imports it dynamically, as the publish panel does its QR code), so console.js
 * stays small and a screen without charts never downloads it.
 *
 * Why uPlot (1.6, MIT, maintained): measured here as a minified ES module bundle (esbuild, gzip -9),
 * uPlot is 22.5 KB gzip (52 KB min); Chart.js 4.6 tree-shaken to a line chart (LineController,
 * LineElement, PointElement, LinearScale, CategoryScale) is 49 KB gzip (142 KB min), twice as much
 * for the same lines. Chartist 1.5 is smaller (8.7 KB gzip) but writes `style` attributes into its
 * SVG (`attr({ style: 'width: …' })`), which the console's CSP (`style-src 'self'`) refuses. uPlot
 * draws on a canvas and sizes its elements through CSSOM properties only (`element.style.width =`):
 * no inline `<style>`, no `style` attribute, no `innerHTML`.
 *
 * A canvas does not follow the page's colours by itself, so the overview passes the colours it
 * reads from its own elements (theme tokens, and system colours in forced-colours mode); each
 * series also has its own dash pattern, so lines differ without colour. The chart is hidden from
 * assistive technology: the table beside it holds the same numbers.
 */
import uPlot from 'uplot';

export interface ChartSeries {
  label: string;
  values: number[];
  color: string;
  /** Canvas line dash, e.g. `[6, 4]`; none for a solid line. */
  dash?: number[];
}

export interface ChartInput {
  /** One short label per day (the x axis), oldest first. */
  labels: string[];
  series: ChartSeries[];
  /** Text and axis colour. */
  textColor: string;
  /** Grid line colour. */
  gridColor: string;
  /** The CSS font of the axis labels (the console's own). */
  font: string;
  height: number;
}

/** About this many labels on the x axis, whatever the period. */
const xLabelCount = 6;

/** Whole days on the x axis, spread evenly, the last day always labelled. */
function daySplits(count: number): number[] {
  const step = Math.max(1, Math.ceil(count / xLabelCount));
  const splits: number[] = [];
  for (let index = (count - 1) % step; index < count; index += step) splits.push(index);
  return splits;
}

/** Draws the chart into `container` at its width and keeps it fitted; returns a function that removes it. */
export function drawParticipationChart(container: HTMLElement, input: ChartInput): () => void {
  const days = input.labels.map((_, index) => index);
  const axis = { stroke: input.textColor, font: input.font, grid: { stroke: input.gridColor, width: 1 }, ticks: { stroke: input.gridColor, width: 1 } };
  const chart = new uPlot(
    {
      width: Math.max(200, container.clientWidth),
      height: input.height,
      // The table says the numbers; no hover legend, no zoom by dragging.
      legend: { show: false },
      cursor: { show: false, drag: { x: false, y: false } },
      select: { show: false, left: 0, top: 0, width: 0, height: 0 },
      scales: {
        x: { time: false },
        // Counts start at 0; an empty period still has an axis up to 1.
        y: { range: (_chart, _min, max) => [0, Math.max(1, max)] },
      },
      axes: [
        { ...axis, splits: () => daySplits(days.length), values: (_chart, splits) => splits.map((index) => input.labels[index] ?? '') },
        // Whole numbers only.
        { ...axis, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 50_000, 100_000], values: (_chart, splits) => splits.map(String) },
      ],
      series: [{}, ...input.series.map((series) => ({ label: series.label, stroke: series.color, width: 2, ...(series.dash && { dash: series.dash }), points: { show: days.length <= 31, stroke: series.color, fill: series.color } }))],
    },
    [days, ...input.series.map((series) => series.values)],
    container,
  );
  const resize = new ResizeObserver(() => chart.setSize({ width: Math.max(200, container.clientWidth), height: input.height }));
  resize.observe(container);
  return () => {
    resize.disconnect();
    chart.destroy();
  };
}
