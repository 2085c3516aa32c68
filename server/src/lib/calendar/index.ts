export { chinaDayOf } from './china-time.js';
export { type ClockRange, DEFAULT_OFFICE_HOURS, type OfficeHours } from './office-hours.js';
export type { DayKind } from './public-holidays.js';
export { TIME_LIMIT_UNITS, type TimeLimit, type TimeLimitUnit } from './time-limit.js';
export { type TrafficLight, trafficLight } from './traffic-light.js';
export { WorkingCalendar, type WorkingCalendarConfig } from './working-calendar.js';
