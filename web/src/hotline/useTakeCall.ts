import { useCallback, useState } from 'react';
import { takeCall } from '../api/hotline';
import type { CallInput, CallResult } from '../api/hotlineTypes';
import { isRefusal } from '../api/isRefusal';
import { useMe } from '../auth/AuthContext';
import { newIdempotencyKey } from '../report/idempotencyKey';
import type { CallDraft } from './callDraft';
import { sameCall } from './callDraft';
import { clearPendingCall, type PendingCall, readPendingCall, savePendingCall } from './pendingCall';

export type CallSubmission =
  | { status: 'idle' }
  | { status: 'sending' }
  | { status: 'taken'; result: CallResult }
  /** `kept`: the outcome is unknown, the call and its key wait for a retry. */
  | { status: 'failed'; error: unknown; kept: boolean };

/** Sends a call as the report page sends a report: one key per call, kept until the server answers. */
export function useTakeCall(onTaken: (result: CallResult) => void) {
  const me = useMe();
  const [pending, setPending] = useState<PendingCall | null>(() => readPendingCall(me.id));
  const [submission, setSubmission] = useState<CallSubmission>({ status: 'idle' });

  const submit = useCallback(
    async (call: CallInput, draft: CallDraft) => {
      // The unconfirmed call sent again keeps its key; anything else is a new call with a new key.
      const attempt: PendingCall =
        pending && sameCall(pending.call, call)
          ? { ...pending, draft }
          : { key: newIdempotencyKey(), call, draft };
      setPending(attempt);
      savePendingCall(me.id, attempt);
      setSubmission({ status: 'sending' });
      try {
        const result = await takeCall(attempt.call, attempt.key);
        clearPendingCall(me.id);
        setPending(null);
        setSubmission({ status: 'taken', result });
        onTaken(result);
      } catch (error) {
        const kept = !isRefusal(error);
        if (!kept) {
          clearPendingCall(me.id);
          setPending(null);
        }
        setSubmission({ status: 'failed', error, kept });
      }
    },
    [pending, me.id, onTaken],
  );

  return { pending, submission, submit };
}
