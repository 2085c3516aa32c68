/** How long before an activity starts its code opens and volunteers may check in. */
export const CHECK_IN_EARLY_MS = 30 * 60_000;
/** How long after an activity ends its code stays open for checking out. */
export const CHECK_OUT_LATE_MS = 2 * 3_600_000;
/** An activity spans at most a day: volunteer hours are counted per activity, not per week. */
export const MAX_ACTIVITY_MS = 24 * 3_600_000;

export interface Span {
  startsAt: Date;
  endsAt: Date;
}

/**
 * The minutes a volunteer served: from check-in to check-out, counted only inside the activity's span,
 * so arriving early or lingering after does not add hours, in whole minutes.
 */
export function servedMinutes(activity: Span, checkedInAt: Date, checkedOutAt: Date): number {
  const from = Math.max(checkedInAt.getTime(), activity.startsAt.getTime());
  const to = Math.min(checkedOutAt.getTime(), activity.endsAt.getTime());
  return Math.max(0, Math.floor((to - from) / 60_000));
}

/** Whether the activity's on-site code may be opened and scanned at `at`. */
export function siteOpen(activity: Span, at: Date): boolean {
  const t = at.getTime();
  return (
    t >= activity.startsAt.getTime() - CHECK_IN_EARLY_MS && t <= activity.endsAt.getTime() + CHECK_OUT_LATE_MS
  );
}
