import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { fetchNearbyCases, followCase, reportCase } from '../api/cases';
import type { CaseReport, NearbyCase } from '../api/caseTypes';
import { isRefusal } from '../api/isRefusal';
import { useMe } from '../auth/AuthContext';
import { newIdempotencyKey } from './idempotencyKey';
import {
  clearPendingReport,
  type PendingReport,
  readPendingReport,
  savePendingReport,
} from './pendingReport';
import { type ReportDraft, sameReport } from './reportDraft';

export type Submission =
  | { status: 'idle' }
  | { status: 'checking' }
  /** Open cases of the same kind nearby: the reporter chooses "me too" or to report anyway. */
  | { status: 'meToo'; candidates: NearbyCase[]; report: CaseReport; draft: ReportDraft }
  | { status: 'sending' }
  /** `kept`: the outcome is unknown, the draft and its key wait for a retry. */
  | { status: 'failed'; error: unknown; kept: boolean };

export function useSubmitReport() {
  const me = useMe();
  const navigate = useNavigate();
  const [pending, setPending] = useState<PendingReport | null>(() => readPendingReport(me.id));
  const [submission, setSubmission] = useState<Submission>({ status: 'idle' });

  const send = useCallback(
    async (attempt: PendingReport) => {
      setPending(attempt);
      savePendingReport(me.id, attempt);
      setSubmission({ status: 'sending' });
      try {
        const { case: created } = await reportCase(attempt.report, attempt.key);
        clearPendingReport(me.id);
        setPending(null);
        navigate(`/cases/${created.id}`);
      } catch (error) {
        const kept = !isRefusal(error);
        if (!kept) {
          clearPendingReport(me.id);
          setPending(null);
        }
        setSubmission({ status: 'failed', error, kept });
      }
    },
    [me.id, navigate],
  );

  const submit = useCallback(
    async (report: CaseReport, draft: ReportDraft) => {
      // A retry of the unconfirmed submission: same key, and no "me too" question (it may be our own case).
      if (pending && sameReport(pending.report, report)) return send({ ...pending, draft });
      setSubmission({ status: 'checking' });
      // The duplicate check helps but must not stand in the way of a report: if it fails, report anyway.
      const candidates = await fetchNearbyCases(report, report.categoryCode).catch(() => []);
      if (candidates.length > 0) {
        setSubmission({ status: 'meToo', candidates, report, draft });
        return;
      }
      return send({ key: newIdempotencyKey(), report, draft });
    },
    [pending, send],
  );

  const reportAnyway = useCallback(() => {
    if (submission.status !== 'meToo') return;
    void send({ key: newIdempotencyKey(), report: submission.report, draft: submission.draft });
  }, [submission, send]);

  const meToo = useCallback(
    async (caseId: string) => {
      try {
        await followCase(caseId);
        navigate(`/cases/${caseId}`);
      } catch (error) {
        setSubmission({ status: 'failed', error, kept: false });
      }
    },
    [navigate],
  );

  const dismiss = useCallback(() => setSubmission({ status: 'idle' }), []);

  return { pending, submission, submit, reportAnyway, meToo, dismiss };
}
