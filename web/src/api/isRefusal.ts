import { ApiError } from './client';

/**
 * For a submission sent with an Idempotency-Key. A refusal (4xx) means the server created nothing with
 * the key: the key can go, the draft needs fixing. Anything else (no answer, a 5xx, a proxy timeout) may
 * hide something that was created: keep the key for the retry.
 */
export const isRefusal = (error: unknown): boolean =>
  error instanceof ApiError && error.status < 500 && error.code !== 'IDEMPOTENCY_KEY_IN_USE';
