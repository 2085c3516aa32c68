import type { Kpis, RankedUnit, RisingCategory, TrendPoint } from '@needle/contract';
import type { TFunction } from 'i18next';
import { formatRate } from '../i18n/formatRate';
import type { ChartOption } from './echarts';

// The options of the dashboards' charts, as plain functions of the figures: the page and the big
// screen draw the same charts, one light and one dark.

/** The figures the rates chart shows, in its order; the ones where less is better are drawn in orange. */
export const RATE_BARS = [
  'responseRate',
  'resolutionRate',
  'satisfactionRate',
  'composite',
  'onTimeClosureRate',
  'reworkRate',
  'onTimeReportInRate',
] as const;
export type RateBar = (typeof RATE_BARS)[number];

const WARNING = '#fa8c16';
const PRIMARY = '#1677ff';

export function rateOf(kpis: Kpis, name: RateBar): number | null {
  switch (name) {
    case 'onTimeClosureRate':
    case 'reworkRate':
      return kpis.caseLoop[name];
    case 'onTimeReportInRate':
      return kpis.whistle.onTimeReportInRate;
    default:
      return kpis.hotline[name];
  }
}

/** A percentage with one decimal for a chart; no data is no bar ('-' is ECharts' "empty"). */
const asPercent = (rate: number | null) => (rate === null ? '-' : Math.round(rate * 1000) / 10);

export function ratesOption(t: TFunction, kpis: Kpis): ChartOption {
  return {
    backgroundColor: 'transparent',
    aria: { enabled: true },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value) => (typeof value === 'number' ? `${value.toFixed(1)}%` : '—'),
    },
    grid: { left: 8, right: 8, top: 24, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: RATE_BARS.map((name) => t(`dashboards.rateNames.${name}`)),
      axisLabel: { interval: 0, fontSize: 12 },
    },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      {
        type: 'bar',
        name: t('dashboards.rates'),
        barMaxWidth: 36,
        data: RATE_BARS.map((name) => ({
          value: asPercent(rateOf(kpis, name)),
          itemStyle: { color: name === 'reworkRate' ? WARNING : PRIMARY },
        })),
        label: {
          show: true,
          position: 'top',
          formatter: ({ dataIndex }) => formatRate(rateOf(kpis, RATE_BARS[dataIndex] ?? 'composite')),
        },
      },
    ],
  };
}

/** '2026-11-05' → '11-05' on a day axis; months stay 'YYYY-MM'. */
const bucketLabel = (bucket: string) => (bucket.length === 10 ? bucket.slice(5) : bucket);

export function trendOption(t: TFunction, points: TrendPoint[]): ChartOption {
  const rate = (pick: (p: TrendPoint) => number | null) => points.map((p) => asPercent(pick(p)));
  return {
    backgroundColor: 'transparent',
    aria: { enabled: true },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: points.map((p) => bucketLabel(p.bucket)) },
    yAxis: [
      { type: 'value', name: t('dashboards.countAxis'), minInterval: 1 },
      { type: 'value', name: t('dashboards.percentAxis'), max: 100, splitLine: { show: false } },
    ],
    series: [
      {
        type: 'bar',
        name: t('dashboards.reported'),
        data: points.map((p) => p.report.counts.reported),
        barMaxWidth: 18,
      },
      {
        type: 'bar',
        name: t('dashboards.closed'),
        data: points.map((p) => p.report.counts.closed),
        barMaxWidth: 18,
      },
      {
        type: 'line',
        name: t('dashboards.rateNames.onTimeClosureRate'),
        yAxisIndex: 1,
        connectNulls: true,
        data: rate((p) => p.report.caseLoop.onTimeClosureRate),
      },
      {
        type: 'line',
        name: t('dashboards.rateNames.composite'),
        yAxisIndex: 1,
        connectNulls: true,
        data: rate((p) => p.report.hotline.composite),
      },
    ],
  };
}

export function risingOption(t: TFunction, items: RisingCategory[]): ChartOption {
  // Bottom to top on a category y axis: the fastest-rising last, so it is drawn on top.
  const shown = [...items].reverse();
  return {
    backgroundColor: 'transparent',
    aria: { enabled: true },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 28, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: shown.map((c) => c.name),
      axisLabel: { width: 120, overflow: 'truncate' },
    },
    series: [
      { type: 'bar', name: t('dashboards.previous'), data: shown.map((c) => c.previous), barMaxWidth: 12 },
      {
        type: 'bar',
        name: t('dashboards.current'),
        data: shown.map((c) => c.current),
        barMaxWidth: 12,
        itemStyle: { color: WARNING },
        label: {
          show: true,
          position: 'right',
          formatter: ({ dataIndex }) => {
            const change = shown[dataIndex]?.change ?? 0;
            return change > 0 ? `+${change}` : String(change);
          },
        },
      },
    ],
  };
}

/** The units of a ranking by score, best first, as horizontal bars. */
export function scoresOption(t: TFunction, units: RankedUnit[]): ChartOption {
  const shown = [...units].reverse();
  return {
    backgroundColor: 'transparent',
    aria: { enabled: true },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value) => (typeof value === 'number' ? value.toFixed(1) : '—'),
    },
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', max: 100 },
    yAxis: {
      type: 'category',
      data: shown.map((u) => u.name),
      axisLabel: { width: 120, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: t('stats.score'),
        barMaxWidth: 14,
        data: shown.map((u) => (u.score === null ? '-' : Math.round(u.score * 10) / 10)),
        label: { show: true, position: 'right', formatter: '{c}' },
      },
    ],
  };
}
