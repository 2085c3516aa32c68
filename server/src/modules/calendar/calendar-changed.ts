/**
 * The notification channel on which a change to the working calendar (an override, or office hours)
 * is announced, so that every server process rebuilds the calendar its deadlines are computed on.
 */
export const CALENDAR_CHANGED = 'needle_calendar_changed';
