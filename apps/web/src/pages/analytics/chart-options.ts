import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

// Types only: building an option never loads ECharts itself.
export type ChartOption = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

/** Colours told apart without hue as well: every bar carries its value as a label. */
const COLORS = ['#1d4ed8', '#0f766e', '#b45309', '#7c3aed'];

export interface BarSeries {
  name: string;
  values: (number | null)[];
}

/**
 * Horizontal bars, one row per category (long Chinese names read along the axis), one bar per
 * series, each labelled with its value.
 */
export function barOption({
  categories,
  series,
  unit,
  signed = false,
  fontFamily,
}: {
  categories: string[];
  series: BarSeries[];
  unit: '人' | '%' | '分';
  signed?: boolean;
  /** The app's font: SVG text in the generic sans-serif has no Chinese glyphs on some systems. */
  fontFamily: string;
}): ChartOption {
  const extent = Math.ceil(Math.max(1, ...series.flatMap((s) => s.values.map((v) => Math.abs(v ?? 0)))) * 1.5);
  const labelWidth = Math.min(170, Math.max(40, ...categories.map((c) => [...c].reduce((w, ch) => w + (ch.charCodeAt(0) > 255 ? 13 : 7), 0))));
  const format = (v: number | null) => (v === null ? '—' : `${signed && v > 0 ? '+' : ''}${unit === '%' ? v.toFixed(1) : v}${unit === '人' ? '' : unit}`);
  return {
    color: COLORS,
    textStyle: { fontFamily },
    // Room for the longest category name (CJK glyphs are ~13 px at 12 px), so no name is cut at the card's edge.
    grid: { left: labelWidth + 16, right: 72, top: series.length > 1 ? 36 : 8, bottom: 28 },
    legend: series.length > 1 ? { top: 0, left: 0, itemWidth: 14, itemHeight: 10, itemGap: 16 } : undefined,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => format(typeof v === 'number' ? v : null) },
    xAxis: { type: 'value', minInterval: unit === '人' ? 1 : undefined, min: signed ? -extent : undefined, max: signed ? extent : unit === '%' ? 100 : undefined, axisLabel: { formatter: (v: number) => (unit === '%' ? `${v}%` : String(v)) } },
    yAxis: { type: 'category', inverse: true, data: categories, axisTick: { show: false }, axisLine: { onZero: false }, axisLabel: { width: labelWidth, overflow: 'truncate' } },
    series: series.map(
      (s): BarSeriesOption => ({
        type: 'bar',
        name: s.name,
        barMaxWidth: 18,
        label: { show: true, position: 'right', formatter: (p) => format(typeof p.value === 'number' ? p.value : null) },
        // Signed values (a deviation): below zero drawn red to the left, labelled on their own side.
        data: signed
          ? s.values.map((v) => ({
              value: v ?? 0,
              itemStyle: { color: v === null || v === 0 ? '#6b7280' : v < 0 ? '#b91c1c' : '#b45309' },
              label: { position: v !== null && v < 0 ? 'left' : 'right' },
            }))
          : s.values,
      }),
    ),
  };
}

/** Height that gives each category row room for its bars. */
export const barHeight = (categories: number, series = 1) => Math.max(110, categories * (series * 18 + 14) + (series > 1 ? 64 : 36));
