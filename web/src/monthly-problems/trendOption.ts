import type { TrendWeekView } from '@needle/contract';
import type { TFunction } from 'i18next';
import type { ChartOption } from '../stats/echarts';

const BEFORE = '#bfbfbf';
const AFTER = '#1677ff';

/** 'MM-DD', enough to tell a week on a narrow axis. */
const weekLabel = (w: TrendWeekView) => w.from.slice(5);

/**
 * The problem's weekly complaints, the eight weeks up to the month's end in grey and the weeks after in
 * blue: two series, each week in one of them, so the legend names the two sides and the break shows
 * where the month's problem was chosen.
 */
export function problemTrendOption(t: TFunction, weeks: TrendWeekView[]): ChartOption {
  const side = (which: TrendWeekView['side']) => weeks.map((w) => (w.side === which ? w.complaints : '-'));
  return {
    backgroundColor: 'transparent',
    aria: { enabled: true },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      name: t('monthlyProblems.weekAxis'),
      data: weeks.map((w) => (w.partial ? `${weekLabel(w)}*` : weekLabel(w))),
      axisLabel: { hideOverlap: true },
    },
    yAxis: { type: 'value', name: t('monthlyProblems.countAxis'), minInterval: 1 },
    series: [
      {
        type: 'bar',
        name: t('monthlyProblems.before'),
        stack: 'weeks',
        data: side('before'),
        itemStyle: { color: BEFORE },
        barMaxWidth: 22,
      },
      {
        type: 'bar',
        name: t('monthlyProblems.after'),
        stack: 'weeks',
        data: side('after'),
        itemStyle: { color: AFTER },
        barMaxWidth: 22,
      },
    ],
  };
}
