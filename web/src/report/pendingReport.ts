import type { CaseReport } from '../api/caseTypes';
import type { ReportDraft } from './reportDraft';

/**
 * A submission sent but not confirmed (the network dropped, the tab was closed): its Idempotency-Key
 * with the exact request, so a retry, even after a reload, returns the first case instead of a second.
 */
export interface PendingReport {
  key: string;
  report: CaseReport;
  draft: ReportDraft;
}

// Per user: on a shared phone, the next person to sign in must not resubmit someone else's report.
const storageKey = (userId: string) => `needle.pendingReport.${userId}`;

function isPendingReport(value: unknown): value is PendingReport {
  return (
    typeof value === 'object' &&
    value !== null &&
    'key' in value &&
    typeof value.key === 'string' &&
    'report' in value &&
    typeof value.report === 'object' &&
    'draft' in value &&
    typeof value.draft === 'object'
  );
}

export function readPendingReport(userId: string): PendingReport | null {
  const stored = localStorage.getItem(storageKey(userId));
  if (!stored) return null;
  try {
    const parsed: unknown = JSON.parse(stored);
    return isPendingReport(parsed) ? parsed : null;
  } catch {
    // Unreadable (an older format, a hand edit): nothing to retry.
    return null;
  }
}

export function savePendingReport(userId: string, pending: PendingReport): void {
  localStorage.setItem(storageKey(userId), JSON.stringify(pending));
}

export function clearPendingReport(userId: string): void {
  localStorage.removeItem(storageKey(userId));
}
