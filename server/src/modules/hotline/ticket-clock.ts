import type { WorkingCalendar } from '../../lib/calendar/index.js';
import type { HotlineSettings } from './hotline-settings.js';

const earlier = (a: Date, b: Date): Date => (a.getTime() <= b.getTime() ? a : b);

/**
 * When the holding unit must sign for a ticket (签收) and contact the caller (响应).
 *
 * Both clocks run from the moment the call was taken, not from dispatch: the caller waits from their
 * call, and one clock start keeps the two limits comparable across tickets. Neither step may be due
 * after the case itself: for a threat to life or property (2 hours) the tier's due date is the
 * tighter limit, and a step limit in working hours must not push an emergency taken at night to the
 * next morning.
 */
export function ticketClock(
  calendar: WorkingCalendar,
  settings: Pick<HotlineSettings, 'hotlineSignLimit' | 'hotlineContactLimit'>,
  takenAt: Date,
  caseDueAt: Date,
): { signDueAt: Date; contactDueAt: Date } {
  return {
    signDueAt: earlier(calendar.deadline(takenAt, settings.hotlineSignLimit), caseDueAt),
    contactDueAt: earlier(calendar.deadline(takenAt, settings.hotlineContactLimit), caseDueAt),
  };
}
