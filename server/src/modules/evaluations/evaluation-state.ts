import type { EvaluationState } from '@needle/contract';

export interface EvaluationPeriod {
  opensAt: Date;
  closesAt: Date;
  /** Set when staff closed it before its time. */
  closedAt: Date | null;
}

/** When the evaluation closed: by hand, or at its close time once that has passed; null while it runs. */
export function closedAtOf(e: EvaluationPeriod, now: Date): Date | null {
  if (e.closedAt) return e.closedAt;
  return e.closesAt.getTime() <= now.getTime() ? e.closesAt : null;
}

/** Scheduled before it opens, open until it closes, closed for good after. */
export function evaluationState(e: EvaluationPeriod, now: Date): EvaluationState {
  if (closedAtOf(e, now)) return 'closed';
  return now.getTime() < e.opensAt.getTime() ? 'scheduled' : 'open';
}
