import { enumLabels, enumValues } from '../enums/enum-text.js';

/** 红黄绿灯: how much of the current step's time is left; a case with no running clock has none. */
export const TRAFFIC_LIGHTS = enumValues('trafficLight');
export type TrafficLight = (typeof TRAFFIC_LIGHTS)[number];
export const TRAFFIC_LIGHT_LABELS = enumLabels('trafficLight');

/** How a time limit is counted: working time follows the city's working calendar. */
export const TIME_LIMIT_UNITS = enumValues('timeLimitUnit');
export type TimeLimitUnit = (typeof TIME_LIMIT_UNITS)[number];
export const TIME_LIMIT_UNIT_LABELS = enumLabels('timeLimitUnit');
