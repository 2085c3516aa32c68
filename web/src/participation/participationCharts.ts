import type { ParticipationDashboard } from '@needle/contract';
import type { TFunction } from 'i18next';
import type { ChartOption } from '../stats/echarts';

// The dashboard's charts as plain functions of its figures, like the 指挥中心's.

const MONTH_SERIES = ['projectsClosedOut', 'wishesFulfilled', 'resolutionsPublished'] as const;

/** Month by month: projects closed out, wishes fulfilled and resolutions published as bars, hours as a line. */
export function monthsOption(t: TFunction, months: ParticipationDashboard['months']): ChartOption {
  return {
    aria: { enabled: true },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0, type: 'scroll' },
    grid: { left: 8, right: 8, top: 28, bottom: 32, containLabel: true },
    xAxis: {
      type: 'category',
      data: months.map((m) => t('participationDashboard.month', { month: m.month })),
    },
    yAxis: [
      { type: 'value', minInterval: 1 },
      { type: 'value', name: t('participationDashboard.hoursAxis'), splitLine: { show: false } },
    ],
    series: [
      ...MONTH_SERIES.map((key) => ({
        type: 'bar' as const,
        name: t(`participationDashboard.series.${key}`),
        barMaxWidth: 14,
        data: months.map((m) => m[key]),
      })),
      {
        type: 'line' as const,
        name: t('participationDashboard.series.volunteerHours'),
        yAxisIndex: 1,
        smooth: true,
        data: months.map((m) => m.volunteerHours),
      },
    ],
  };
}

/** Projects by state, as a bar each, in the state machine's order. */
export function projectStatesOption(
  t: TFunction,
  states: ParticipationDashboard['projectsByState'],
): ChartOption {
  return {
    aria: { enabled: true },
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: states.map((s) => t(`lists.projectStates.${s.state}`)) },
    series: [
      {
        type: 'bar',
        name: t('participationDashboard.projects'),
        barMaxWidth: 18,
        data: states.map((s) => s.count),
      },
    ],
  };
}
