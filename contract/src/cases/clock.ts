import type { EnumLabels } from '../labels.js';

/** 红黄绿灯: how much of the current step's time is left; a case with no running clock has none. */
export const TRAFFIC_LIGHTS = ['green', 'yellow', 'red'] as const;
export type TrafficLight = (typeof TRAFFIC_LIGHTS)[number];

export const TRAFFIC_LIGHT_LABELS: EnumLabels<TrafficLight> = {
  'zh-CN': { green: '正常', yellow: '即将超时', red: '已超时' },
  en: { green: 'On time', yellow: 'Due soon', red: 'Overdue' },
};

/** How a time limit is counted: working time follows the city's working calendar. */
export const TIME_LIMIT_UNITS = ['working_hours', 'working_days', 'calendar_hours', 'calendar_days'] as const;
export type TimeLimitUnit = (typeof TIME_LIMIT_UNITS)[number];

export const TIME_LIMIT_UNIT_LABELS: EnumLabels<TimeLimitUnit> = {
  'zh-CN': { working_hours: '工作小时', working_days: '工作日', calendar_hours: '小时', calendar_days: '天' },
  en: {
    working_hours: 'working hours',
    working_days: 'working days',
    calendar_hours: 'hours',
    calendar_days: 'days',
  },
};
