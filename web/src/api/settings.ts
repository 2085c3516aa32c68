import { api } from './client';
import type { Urgency } from './hotlineTypes';

export const timeLimitUnits = ['working_hours', 'working_days', 'calendar_hours', 'calendar_days'] as const;
export type TimeLimitUnit = (typeof timeLimitUnits)[number];

export interface TimeLimit {
  amount: number;
  unit: TimeLimitUnit;
}

/** The few city settings the console shows; the server sends more (office hours, step limits…). */
export interface CitySettings {
  hotlineUrgencyLimits: Record<Urgency, TimeLimit>;
  whistleReportHours: number;
}

export function fetchSettings(signal?: AbortSignal): Promise<CitySettings> {
  return api<CitySettings>('/api/settings', { signal });
}
