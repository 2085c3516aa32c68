import type { CallInput } from '@needle/contract';
import { takeCall } from '../api/hotline';
import { pendingStore } from '../report/pendingSubmission';
import { useKeptSubmission } from '../report/useKeptSubmission';
import type { CallDraft } from './callDraft';

// Per user: on a shared desk the next operator must not send someone else's call.
const pendingCalls = pendingStore<CallInput, CallDraft>('pendingCall', 'call');

/** Sends a call as the report page sends a report: one key per call, kept until the server answers. */
export function useTakeCall() {
  return useKeptSubmission(pendingCalls, takeCall);
}
