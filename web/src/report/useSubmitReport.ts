import type { NearbyCase } from '@needle/contract';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { fetchNearbyCases, followCase } from '../api/cases';
import { invalidateCase } from '../api/queryKeys';
import { useMe } from '../auth/AuthContext';
import { requestBackgroundSync } from '../offline/backgroundSync';
import { browserSender } from '../offline/browserSender';
import { discardReport, queueReport } from '../offline/outboxActions';
import { type OutboxEvent, onOutboxEvent } from '../offline/outboxEvents';
import type { OutboxItem, OutboxRefusal, OutboxReport } from '../offline/outboxItem';
import { type SendOutcome, sendItem } from '../offline/sendOutbox';

/** Where a report stands, from the form to the case. */
export type Phase =
  | { status: 'editing' }
  /** Open cases of the same kind nearby are looked for, for "me too" instead. */
  | { status: 'checking' }
  /** The reporter chooses "me too" or to report anyway. */
  | { status: 'meToo'; candidates: NearbyCase[]; report: OutboxReport; photos: Blob[] }
  | { status: 'sending'; key: string }
  /** In the outbox, sent by itself when the network is back (等待网络). */
  | { status: 'waiting'; key: string }
  | { status: 'sent'; caseId: string; code: string }
  /** The server said no: the form shows it again, to correct and send. */
  | { status: 'refused'; key: string; error: OutboxRefusal };

// "Me too" helps but must not hold a report up on a network that barely answers.
const meTooCheckMs = 5_000;

function phaseOf(event: OutboxEvent | (SendOutcome & { key: string })): Phase | null {
  switch (event.state) {
    case 'sending':
    case 'waiting':
      return { status: event.state, key: event.key };
    case 'sent':
      return { status: 'sent', caseId: event.caseId, code: event.code };
    case 'refused':
      return event.error ? { status: 'refused', key: event.key, error: event.error } : null;
    case 'removed':
      return { status: 'editing' };
    case 'skipped':
      // Another sender (the service worker, another tab) has it: its events tell the rest.
      return null;
  }
}

/**
 * A report goes to the outbox first (with its photos), then is sent; what becomes of it is followed
 * here, whoever sends it in the end: this page, the app when the network returns, or the service worker.
 */
export function useSubmitReport(to: { patrolId?: string; shopCode?: string } = {}) {
  const me = useMe();
  const navigate = useNavigate();
  const [phase, setPhase] = useState<Phase>({ status: 'editing' });
  const [failure, setFailure] = useState<unknown>(null);
  // A refused report being corrected: the corrected copy replaces it in the outbox.
  const replaces = useRef<string | null>(null);
  const follow = useMutation({
    mutationFn: followCase,
    onSuccess: (_none, caseId, _context, { client }) => invalidateCase(client, caseId),
  });

  const key = 'key' in phase ? phase.key : null;
  useEffect(() => {
    if (!key) return;
    return onOutboxEvent((event) => {
      if (event.key !== key) return;
      if (event.state === 'refused') replaces.current = key;
      const next = phaseOf(event);
      if (next) setPhase(next);
    });
  }, [key]);

  async function queue(report: OutboxReport, photos: Blob[]) {
    const item = await queueReport(me.id, report, photos, to);
    const replaced = replaces.current;
    replaces.current = null;
    if (replaced) await discardReport(replaced, me.id);
    if (!navigator.onLine) {
      setPhase({ status: 'waiting', key: item.key });
      await requestBackgroundSync();
      return;
    }
    setPhase({ status: 'sending', key: item.key });
    const outcome = await sendItem(browserSender, item.key);
    if (outcome.state === 'refused') replaces.current = item.key;
    const next = phaseOf({ ...outcome, key: item.key });
    // Unless the outbox's own events got here first (they say the same).
    if (next) setPhase((current) => ('key' in current && current.key === item.key ? next : current));
    if (outcome.state === 'waiting') await requestBackgroundSync();
  }

  /** A refused report from the outbox, opened to be corrected. */
  const correct = useCallback((item: OutboxItem) => {
    replaces.current = item.key;
    if (item.error) setPhase({ status: 'refused', key: item.key, error: item.error });
  }, []);

  /** Runs a step of sending; if the outbox cannot be written (no IndexedDB, no space), the form keeps it all. */
  async function guarded(step: () => Promise<void>) {
    try {
      await step();
    } catch (error) {
      setFailure(error);
      setPhase({ status: 'editing' });
    }
  }

  const submit = (report: OutboxReport, photos: Blob[]) =>
    guarded(async () => {
      follow.reset();
      setFailure(null);
      // Offline there is no asking "me too": the report waits, it is not held up for the question.
      if (!navigator.onLine) return queue(report, photos);
      setPhase({ status: 'checking' });
      const candidates = await fetchNearbyCases(
        report,
        report.categoryCode,
        AbortSignal.timeout(meTooCheckMs),
      ).catch(() => []);
      if (candidates.length > 0) setPhase({ status: 'meToo', candidates, report, photos });
      else await queue(report, photos);
    });

  return {
    phase,
    busy: phase.status === 'checking' || follow.isPending,
    failure: failure ?? (follow.isError ? follow.error : null),
    submit,
    reportAnyway: () => {
      if (phase.status === 'meToo') void guarded(() => queue(phase.report, phase.photos));
    },
    meToo: (caseId: string) =>
      follow.mutate(caseId, {
        onSuccess: async () => {
          if (replaces.current) await discardReport(replaces.current, me.id);
          navigate(`/cases/${caseId}`);
        },
      }),
    dismiss: () => setPhase({ status: 'editing' }),
    correct,
    /** After a report is sent or left waiting: a fresh form for the next one. */
    again: () => setPhase({ status: 'editing' }),
  };
}
