import type { CallInput } from '../api/hotlineTypes';
import type { CallDraft } from './callDraft';

/**
 * A call sent but not confirmed (the network dropped, the browser was closed): its Idempotency-Key
 * with the exact request, so sending it again, even after a reload, returns the first ticket.
 */
export interface PendingCall {
  key: string;
  call: CallInput;
  draft: CallDraft;
}

// Per user: on a shared desk the next operator must not send someone else's call.
const storageKey = (userId: string) => `needle.pendingCall.${userId}`;

function isPendingCall(value: unknown): value is PendingCall {
  return (
    typeof value === 'object' &&
    value !== null &&
    'key' in value &&
    typeof value.key === 'string' &&
    'call' in value &&
    typeof value.call === 'object' &&
    'draft' in value &&
    typeof value.draft === 'object'
  );
}

export function readPendingCall(userId: string): PendingCall | null {
  const stored = localStorage.getItem(storageKey(userId));
  if (!stored) return null;
  try {
    const parsed: unknown = JSON.parse(stored);
    return isPendingCall(parsed) ? parsed : null;
  } catch {
    // Unreadable (an older format, a hand edit): nothing to retry.
    return null;
  }
}

export function savePendingCall(userId: string, pending: PendingCall): void {
  localStorage.setItem(storageKey(userId), JSON.stringify(pending));
}

export function clearPendingCall(userId: string): void {
  localStorage.removeItem(storageKey(userId));
}
