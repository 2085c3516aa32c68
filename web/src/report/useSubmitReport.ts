import type { CaseReport, NearbyCase } from '@needle/contract';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { fetchNearbyCases, followCase, reportCase } from '../api/cases';
import { invalidateCase } from '../api/queryKeys';
import { pendingStore } from './pendingSubmission';
import type { ReportDraft } from './reportDraft';
import { useKeptSubmission } from './useKeptSubmission';

// Per user: on a shared phone, the next person to sign in must not resubmit someone else's report.
const pendingReports = pendingStore<CaseReport, ReportDraft>('pendingReport', 'report');

/** Before a new report is sent: open cases of the same kind nearby, for "me too" instead. */
export type Question =
  | { status: 'checking' }
  /** The reporter chooses "me too" or to report anyway. */
  | { status: 'meToo'; candidates: NearbyCase[]; report: CaseReport; draft: ReportDraft };

export function useSubmitReport() {
  const navigate = useNavigate();
  const kept = useKeptSubmission(pendingReports, reportCase);
  const [question, setQuestion] = useState<Question | null>(null);
  const follow = useMutation({
    mutationFn: followCase,
    onSuccess: (_none, caseId, _context, { client }) => invalidateCase(client, caseId),
  });

  function send(report: CaseReport, draft: ReportDraft) {
    setQuestion(null);
    kept.mutation.mutate(kept.attempt(report, draft), {
      onSuccess: ({ case: created }) => navigate(`/cases/${created.id}`),
    });
  }

  async function submit(report: CaseReport, draft: ReportDraft) {
    kept.mutation.reset();
    follow.reset();
    // A retry of the unconfirmed submission: same key, and no "me too" question (it may be our own case).
    if (kept.retryOf(report)) return send(report, draft);
    setQuestion({ status: 'checking' });
    // The duplicate check helps but must not stand in the way of a report: if it fails, report anyway.
    const candidates = await fetchNearbyCases(report, report.categoryCode).catch(() => []);
    if (candidates.length > 0) setQuestion({ status: 'meToo', candidates, report, draft });
    else send(report, draft);
  }

  return {
    pending: kept.pending,
    question,
    busy: question?.status === 'checking' || kept.mutation.isPending,
    restored: kept.restored && question === null,
    failure: kept.failure ?? (follow.isError ? { error: follow.error, kept: false } : null),
    submit,
    reportAnyway: () => question?.status === 'meToo' && send(question.report, question.draft),
    meToo: (caseId: string) => follow.mutate(caseId, { onSuccess: () => navigate(`/cases/${caseId}`) }),
    dismiss: () => setQuestion(null),
  };
}
