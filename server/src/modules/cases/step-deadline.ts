import type { TimeLimit, WorkingCalendar } from '../../lib/calendar/index.js';
import type { NeedleSettings } from '../settings/settings.service.js';
import type { CaseStatus } from './lifecycle/case-status.js';

export interface StepTimes {
  stepStartedAt: Date;
  stepDueAt: Date | null;
  /** The moment the step's light turns yellow: 80 % of its limit, counted in working time. */
  stepWarnAt: Date | null;
  stepOverdueAt: null;
  stepDueSoonNotified: false;
}

/** The working time at which `fraction` of the span from `start` to `due` has passed. */
function pointAlong(calendar: WorkingCalendar, start: Date, due: Date, fraction: number): Date {
  const working = calendar.workingMillisBetween(start, due);
  // A step due outside office hours (or a calendar-time limit) has no working span to divide.
  if (working === 0) return new Date(start.getTime() + (due.getTime() - start.getTime()) * fraction);
  return calendar.addWorkingHours(start, (working * fraction) / 3_600_000);
}

/**
 * The clock of the step a case enters now. Handling runs against the category's own limit (the case's
 * due date); a suspended case waits without a clock; every other step has its configured limit.
 */
export function startStep(
  calendar: WorkingCalendar,
  settings: NeedleSettings,
  status: CaseStatus,
  now: Date,
  caseDueAt: Date,
): StepTimes {
  const limit: TimeLimit | undefined = settings.stepLimits[status];
  const due = status === 'in_progress' ? caseDueAt : limit ? calendar.deadline(now, limit) : null;
  return {
    stepStartedAt: now,
    stepDueAt: due,
    stepWarnAt: due ? pointAlong(calendar, now, due, 0.8) : null,
    stepOverdueAt: null,
    stepDueSoonNotified: false,
  };
}
