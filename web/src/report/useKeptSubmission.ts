import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { isRefusal } from '../api/isRefusal';
import { invalidateIntake } from '../api/queryKeys';
import { useMe } from '../auth/AuthContext';
import { newIdempotencyKey } from './idempotencyKey';
import type { PendingStore, PendingSubmission } from './pendingSubmission';

// Request bodies are built in one fixed key order: the same JSON is the same request.
const sameRequest = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Sends a report or a call with an Idempotency-Key that is kept, with the request, until the server
 * answers. Nothing is retried by itself: the user sends again, and the same request keeps its key.
 */
export function useKeptSubmission<Body, Draft, Result>(
  store: PendingStore<Body, Draft>,
  post: (body: Body, idempotencyKey: string) => Promise<Result>,
) {
  const me = useMe();
  const [pending, setPending] = useState(() => store.read(me.id));
  // Read once, on arrival: a draft kept from an earlier visit.
  const [restored] = useState(pending !== null);
  const forget = () => {
    store.clear(me.id);
    setPending(null);
  };
  const mutation = useMutation({
    mutationFn: ({ body, key }: PendingSubmission<Body, Draft>) => post(body, key),
    onMutate: (attempt) => {
      setPending(attempt);
      store.save(me.id, attempt);
    },
    onSuccess: (_result, _attempt, _context, { client }) => {
      forget();
      invalidateIntake(client);
    },
    // A refusal means the server created nothing with the key: the key can go, the draft needs fixing.
    onError: (error) => {
      if (isRefusal(error)) forget();
    },
  });

  /** The unconfirmed submission, if `body` is the same request sent again. */
  const retryOf = (body: Body) => (pending && sameRequest(pending.body, body) ? pending : null);

  return {
    pending,
    mutation,
    retryOf,
    /** What to send for `body`: the unconfirmed submission's key if it is the same request, else a new one. */
    attempt: (body: Body, draft: Draft): PendingSubmission<Body, Draft> => ({
      key: retryOf(body)?.key ?? newIdempotencyKey(),
      body,
      draft,
    }),
    /** A kept draft was restored and nothing has been sent since. */
    restored: restored && mutation.isIdle,
    /** `kept`: the outcome is unknown, the request and its key wait for a retry. */
    failure: mutation.isError ? { error: mutation.error, kept: !isRefusal(mutation.error) } : null,
  };
}
