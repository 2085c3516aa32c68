/**
 * A submission sent but not confirmed (the network dropped, the tab was closed): its Idempotency-Key
 * with the exact request and the draft it came from, so sending it again, even after a reload, returns
 * the first record instead of making a second.
 */
export interface PendingSubmission<Body, Draft> {
  key: string;
  body: Body;
  draft: Draft;
}

export interface PendingStore<Body, Draft> {
  read(userId: string): PendingSubmission<Body, Draft> | null;
  save(userId: string, pending: PendingSubmission<Body, Draft>): void;
  clear(userId: string): void;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * Kept in localStorage per user: on a shared phone or desk, the next person to sign in must not send
 * someone else's. Stored as `{ key, <bodyField>, draft }` (`report`, `call`).
 */
export function pendingStore<Body, Draft>(name: string, bodyField: string): PendingStore<Body, Draft> {
  const storageKey = (userId: string) => `needle.${name}.${userId}`;
  return {
    read(userId) {
      const stored = localStorage.getItem(storageKey(userId));
      if (!stored) return null;
      try {
        const parsed: unknown = JSON.parse(stored);
        if (!isObject(parsed) || typeof parsed.key !== 'string') return null;
        const body = parsed[bodyField];
        if (!isObject(body) || !isObject(parsed.draft)) return null;
        return { key: parsed.key, body: body as Body, draft: parsed.draft as Draft };
      } catch {
        // Unreadable (an older format, a hand edit): nothing to retry.
        return null;
      }
    },
    save(userId, { key, body, draft }) {
      localStorage.setItem(storageKey(userId), JSON.stringify({ key, [bodyField]: body, draft }));
    },
    clear(userId) {
      localStorage.removeItem(storageKey(userId));
    },
  };
}
