import type { CaseReport } from '@needle/contract';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import type { OutboxEvent } from './outboxEvents';
import type { OutboxItem } from './outboxItem';
import { type OutboxStore, oldestFirst } from './outboxStore';
import { flushOutbox, itemLock, type OutboxSender, sendItem } from './sendOutbox';

/** The outbox in a Map; items copied in and out, as IndexedDB's structured clone does. */
function memoryStore(): OutboxStore & { items: Map<string, OutboxItem> } {
  const items = new Map<string, OutboxItem>();
  const copy = (item: OutboxItem): OutboxItem => ({ ...item, photos: item.photos.map((p) => ({ ...p })) });
  return {
    items,
    list: async (userId) => oldestFirst([...items.values()].filter((i) => i.userId === userId).map(copy)),
    get: async (key) => {
      const item = items.get(key);
      return item && copy(item);
    },
    put: async (item) => {
      items.set(item.key, copy(item));
    },
    delete: async (key) => {
      items.delete(key);
    },
  };
}

const networkDown = () => new TypeError('Failed to fetch');

/** The server as the outbox sees it: photo uploads and POST /api/cases keyed by Idempotency-Key. */
function fakeServer() {
  const uploads: Blob[] = [];
  const cases = new Map<string, { id: string; code: string; report: CaseReport }>();
  const server = {
    uploads,
    cases,
    /** Answers for the next requests, in order; a request past them succeeds. */
    failures: [] as (Error | 'hang' | null)[],
    async upload(photo: Blob, signal: AbortSignal): Promise<string> {
      await server.next(signal);
      uploads.push(photo);
      return `00000000-0000-4000-8000-${String(uploads.length).padStart(12, '0')}`;
    },
    async post(report: CaseReport, key: string, signal: AbortSignal) {
      await server.next(signal);
      const first = cases.get(key);
      if (first) return first;
      const created = {
        id: `case-${cases.size + 1}`,
        code: `220104004-20261101-000${cases.size + 1}`,
        report,
      };
      cases.set(key, created);
      return created;
    },
    next(signal: AbortSignal): Promise<void> {
      const failure = server.failures.shift() ?? null;
      if (failure === 'hang') {
        return new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
      }
      return failure ? Promise.reject(failure) : Promise.resolve();
    },
  };
  return server;
}

function setUp() {
  const store = memoryStore();
  const server = fakeServer();
  const events: OutboxEvent[] = [];
  const held = new Set<string>();
  const sender: OutboxSender = {
    store,
    upload: (photo, signal) => server.upload(photo, signal),
    post: (report, key, signal) => server.post(report, key, signal),
    async exclusive(name, task) {
      if (held.has(name)) return undefined;
      held.add(name);
      try {
        return await task();
      } finally {
        held.delete(name);
      }
    },
    announce: (event) => events.push(event),
    timeoutMs: 20,
  };
  return { store, server, events, held, sender };
}

let made = 0;
function report(userId = 'u1', photos = 2): OutboxItem {
  made += 1;
  return {
    key: `key-${made}-0000`,
    userId,
    body: { categoryCode: 'E0550', description: `井盖丢失 ${made}`, lat: 43.9286, lng: 125.2455 },
    photos: Array.from({ length: photos }, (_, i) => ({ blob: new Blob([`photo ${i}`]), uploadedId: null })),
    state: 'waiting',
    createdAt: new Date(Date.UTC(2026, 10, 1, 8, made)).toISOString(),
  };
}

describe('sending a report from the outbox', () => {
  it('uploads its photos, sends the report with their ids under its key, and removes it', async () => {
    const { store, server, events, sender } = setUp();
    const item = report();
    await store.put(item);

    const outcome = await sendItem(sender, item.key);

    expect(outcome).toEqual({ state: 'sent', caseId: 'case-1', code: '220104004-20261101-0001' });
    expect(server.uploads).toHaveLength(2);
    expect(server.cases.get(item.key)?.report.photoIds).toEqual([
      '00000000-0000-4000-8000-000000000001',
      '00000000-0000-4000-8000-000000000002',
    ]);
    expect(store.items.size).toBe(0);
    expect(events.at(-1)).toEqual({
      key: item.key,
      userId: 'u1',
      state: 'sent',
      caseId: 'case-1',
      code: '220104004-20261101-0001',
    });
  });

  it('keeps it waiting when the network fails, with each photo uploaded so far remembered', async () => {
    const { store, server, sender } = setUp();
    const item = report();
    await store.put(item);
    server.failures = [null, networkDown()];

    expect(await sendItem(sender, item.key)).toEqual({ state: 'waiting' });
    const kept = store.items.get(item.key);
    expect(kept?.state).toBe('waiting');
    expect(kept?.photos.map((p) => p.uploadedId)).toEqual(['00000000-0000-4000-8000-000000000001', null]);

    // The retry uploads only the photo that did not get through.
    expect((await sendItem(sender, item.key)).state).toBe('sent');
    expect(server.uploads).toHaveLength(2);
    expect(server.cases.size).toBe(1);
  });

  it('gives up a request that does not answer in time, and the retry returns the first case', async () => {
    const { store, server, sender } = setUp();
    const item = report('u1', 0);
    await store.put(item);
    // The server creates the case, but its answer never arrives.
    server.failures = [null];
    const post = sender.post;
    sender.post = async (body, key, signal) => {
      await post(body, key, signal);
      return new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
    };

    expect(await sendItem(sender, item.key)).toEqual({ state: 'waiting' });
    expect(server.cases.size).toBe(1);

    sender.post = post;
    expect(await sendItem(sender, item.key)).toEqual({
      state: 'sent',
      caseId: 'case-1',
      code: '220104004-20261101-0001',
    });
    expect(server.cases.size).toBe(1);
  });

  it('marks it refused, with the reason, when the server says no; it is not dropped or retried', async () => {
    const { store, server, sender } = setUp();
    const item = report('u1', 1);
    await store.put(item);
    server.failures = [null, new ApiError(422, 'LOCATION_OUTSIDE_GRIDS', 'outside every grid')];

    expect(await sendItem(sender, item.key)).toEqual({
      state: 'refused',
      error: { status: 422, code: 'LOCATION_OUTSIDE_GRIDS', message: 'outside every grid' },
    });
    expect(store.items.get(item.key)?.state).toBe('refused');

    expect(await sendItem(sender, item.key)).toEqual({ state: 'skipped' });
    expect(await flushOutbox(sender, 'u1')).toEqual({ sent: 0, waiting: 0 });
    expect(server.cases.size).toBe(0);
  });

  it('waits, rather than refuses, on a lapsed session, throttling or the same key still in work', async () => {
    const { store, server, sender } = setUp();
    for (const error of [
      new ApiError(401, 'UNAUTHENTICATED', 'signed out'),
      new ApiError(429, 'RATE_LIMITED', 'too many'),
      new ApiError(409, 'IDEMPOTENCY_KEY_IN_USE', 'in work'),
      new ApiError(502, 'HTTP_502', 'bad gateway'),
    ]) {
      const item = report('u1', 0);
      await store.put(item);
      server.failures = [error];
      expect(await sendItem(sender, item.key), error.code).toEqual({ state: 'waiting' });
    }
  });

  it('leaves an item alone while another sender (a tab, the service worker) holds it', async () => {
    const { store, server, held, sender } = setUp();
    const item = report();
    await store.put(item);
    held.add(itemLock(item.key));

    expect(await sendItem(sender, item.key)).toEqual({ state: 'skipped' });
    expect(server.uploads).toHaveLength(0);
    expect(store.items.get(item.key)?.state).toBe('waiting');
  });

  it('does not bring back an item discarded while it was being sent', async () => {
    const { store, server, sender } = setUp();
    const item = report('u1', 0);
    await store.put(item);
    server.failures = [networkDown()];
    const post = sender.post;
    sender.post = async (body, key, signal) => {
      await store.delete(item.key);
      return post(body, key, signal);
    };

    expect(await sendItem(sender, item.key)).toEqual({ state: 'waiting' });
    expect(store.items.has(item.key)).toBe(false);
  });
});

describe('flushing the outbox', () => {
  it("sends the user's reports oldest first, and no one else's", async () => {
    const { store, server, sender } = setUp();
    const [first, second, other] = [report('u1', 1), report('u1', 0), report('u2', 1)];
    await store.put(second);
    await store.put(other);
    await store.put(first);

    expect(await flushOutbox(sender, 'u1')).toEqual({ sent: 2, waiting: 0 });
    expect([...server.cases.keys()]).toEqual([first.key, second.key]);
    expect(store.items.get(other.key)?.state).toBe('waiting');
  });

  it('stops at the first network failure: the rest would only wait for the same timeout', async () => {
    const { store, server, sender } = setUp();
    await store.put(report('u1', 0));
    await store.put(report('u1', 0));
    server.failures = ['hang'];

    expect(await flushOutbox(sender, 'u1')).toEqual({ sent: 0, waiting: 2 });
    expect(server.cases.size).toBe(0);
  });

  it('picks up an item whose sending was cut short by the page closing', async () => {
    const { store, server, sender } = setUp();
    await store.put({ ...report('u1', 0), state: 'sending' });

    expect(await flushOutbox(sender, 'u1')).toEqual({ sent: 1, waiting: 0 });
    expect(server.cases.size).toBe(1);
  });
});
