import type { TFunction } from 'i18next';
import { cityDay } from '../admitted-tasks/cityDay';
import type { ChartOption } from '../stats/echarts';
import type { TrendDay } from './hotspotsApi';

const BASELINE = '#bfbfbf';
const WINDOW = '#f5222d';

/**
 * The place's days split at the window's first (China-time) day: the baseline before it, the window
 * from it on. Each day is in one side only, the other side '-' (no bar), so two series can share an axis.
 */
export function trendSides(trend: TrendDay[], windowStart: string) {
  const first = cityDay(new Date(windowStart));
  const inWindow = (d: TrendDay) => d.day >= first;
  return {
    days: trend.map((d) => d.day),
    baseline: trend.map((d) => (inWindow(d) ? '-' : d.count)),
    window: trend.map((d) => (inWindow(d) ? d.count : '-')),
  };
}

/** The place's reports per day, the baseline in grey and the window in red: the rise at a glance. */
export function proposalTrendOption(t: TFunction, trend: TrendDay[], windowStart: string): ChartOption {
  const sides = trendSides(trend, windowStart);
  return {
    backgroundColor: 'transparent',
    aria: { enabled: true },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: sides.days.map((day) => day.slice(5)),
      axisLabel: { hideOverlap: true },
    },
    yAxis: { type: 'value', name: t('hotspots.detail.countAxis'), minInterval: 1 },
    series: [
      {
        type: 'bar',
        name: t('hotspots.detail.baselineDays'),
        stack: 'days',
        data: sides.baseline,
        itemStyle: { color: BASELINE },
        barMaxWidth: 16,
      },
      {
        type: 'bar',
        name: t('hotspots.detail.windowDays'),
        stack: 'days',
        data: sides.window,
        itemStyle: { color: WINDOW },
        barMaxWidth: 16,
      },
    ],
  };
}
