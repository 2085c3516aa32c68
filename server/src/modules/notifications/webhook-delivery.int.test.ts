import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { userIds, useTestDatabase } from '../../test/actors.js';
import { webhookOutbox } from './notifications.tables.js';
import { notify } from './notify.js';
import {
  backoffSeconds,
  deliverDueWebhooks,
  MAX_ATTEMPTS,
  startWebhookDelivery,
  verifyWebhookSignature,
} from './webhook-delivery.js';

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A gateway on a local port that records what it is sent and can be told to fail or to be slow. */
async function startReceiver() {
  const received: Received[] = [];
  const state = { failuresLeft: 0, delayMs: 0 };
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      const fail = state.failuresLeft > 0;
      if (fail) state.failuresLeft -= 1;
      setTimeout(() => {
        res.writeHead(fail ? 503 : 204);
        res.end(fail ? 'gateway busy' : undefined);
      }, state.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/needle`,
    received,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const secret = 'test-gateway-secret';
const database = useTestDatabase();
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let gridId: string;

beforeAll(async () => {
  receiver = await startReceiver();
  gridId = (await userIds(database.db, ['grid'])).grid;
});
afterAll(() => receiver.close());
beforeEach(async () => {
  await database.db.delete(webhookOutbox);
  receiver.received.length = 0;
  receiver.state.failuresLeft = 0;
  receiver.state.delayMs = 0;
});

const announce = (title = '新案件已派遣给您') =>
  notify(database.db, { userIds: [gridId], kind: 'assigned', caseId: null, title, body: '请及时处置' });

/** A little ahead of the real clock, so rows just written by the database are certainly due. */
const start = () => new Date(Date.now() + 5_000);
const plus = (at: Date, seconds: number) => new Date(at.getTime() + seconds * 1000);
const deliver = (now: Date, batch?: number) =>
  deliverDueWebhooks(database.db, { url: receiver.url, secret, now, batch });

const outboxRows = () =>
  database.db
    .select({
      id: webhookOutbox.id,
      attempts: webhookOutbox.attempts,
      nextAttemptAt: webhookOutbox.nextAttemptAt,
      deliveredAt: webhookOutbox.deliveredAt,
      lastError: webhookOutbox.lastError,
      never: sql<boolean>`${webhookOutbox.nextAttemptAt} = 'infinity'::timestamptz`,
    })
    .from(webhookOutbox)
    .orderBy(webhookOutbox.id);

describe('webhook delivery', () => {
  it('POSTs each due notice once, signed so that the receiver can verify it with the secret', async () => {
    await announce();
    const at = start();
    expect(await deliver(at)).toEqual({ delivered: 1, failed: 0 });
    expect(await deliver(plus(at, 3600))).toEqual({ delivered: 0, failed: 0 });

    const [row] = await outboxRows();
    expect(row).toMatchObject({ attempts: 1, lastError: null, deliveredAt: at });
    expect(receiver.received).toHaveLength(1);
    const [req] = receiver.received;
    if (!req) throw new Error('nothing received');
    const nowSeconds = Math.floor(at.getTime() / 1000);
    expect(req.headers).toMatchObject({
      'content-type': 'application/json',
      'x-needle-event': 'assigned',
      'x-needle-delivery': String(row?.id),
      'x-needle-timestamp': String(nowSeconds),
    });
    const check = {
      timestamp: String(req.headers['x-needle-timestamp']),
      body: req.body,
      signature: String(req.headers['x-needle-signature']),
      nowSeconds,
    };
    expect(verifyWebhookSignature({ ...check, secret })).toBe(true);
    expect(verifyWebhookSignature({ ...check, secret: 'not-the-secret' })).toBe(false);
    expect(JSON.parse(req.body)).toMatchObject({
      kind: 'assigned',
      title: '新案件已派遣给您',
      recipients: [{ userId: gridId, username: 'grid', phone: expect.any(String) }],
    });
  });

  it('retries a failing receiver after 30 s, then 60 s, then 120 s, until it takes the notice', async () => {
    await announce();
    receiver.state.failuresLeft = 3;
    let at = start();
    for (const wait of [30, 60, 120]) {
      expect(await deliver(at)).toEqual({ delivered: 0, failed: 1 });
      const [row] = await outboxRows();
      expect(row?.lastError).toBe('HTTP 503: gateway busy');
      expect(row?.nextAttemptAt).toEqual(plus(at, wait));
      // Not a moment before the backoff is over.
      expect(await deliver(plus(at, wait - 1))).toEqual({ delivered: 0, failed: 0 });
      at = plus(at, wait);
    }
    expect(await deliver(at)).toEqual({ delivered: 1, failed: 0 });
    const [row] = await outboxRows();
    expect(row).toMatchObject({ attempts: 4, lastError: null, deliveredAt: at });
    expect(new Set(receiver.received.map((r) => r.headers['x-needle-delivery'])).size).toBe(1);
    expect(receiver.received).toHaveLength(4);
  });

  it(`backs off up to an hour and gives up after ${MAX_ATTEMPTS} attempts`, async () => {
    await announce();
    receiver.state.failuresLeft = Number.POSITIVE_INFINITY;
    let at = start();
    const waits: number[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      expect(await deliver(at)).toEqual({ delivered: 0, failed: 1 });
      const [row] = await outboxRows();
      expect(row?.attempts).toBe(attempt);
      if (attempt === MAX_ATTEMPTS) break;
      const next = row?.nextAttemptAt ?? at;
      waits.push((next.getTime() - at.getTime()) / 1000);
      at = next;
    }
    expect(waits).toEqual([30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600, 3600]);
    expect(waits).toEqual(waits.map((_, i) => backoffSeconds(i + 1)));

    const [row] = await outboxRows();
    expect(row).toMatchObject({ attempts: MAX_ATTEMPTS, deliveredAt: null, never: true });
    expect(row?.lastError).toBe(`gave up after ${MAX_ATTEMPTS} attempts: HTTP 503: gateway busy`);
    expect(await deliver(new Date('2999-01-01T00:00:00Z'))).toEqual({ delivered: 0, failed: 0 });
    expect(receiver.received).toHaveLength(MAX_ATTEMPTS);
  });

  it('records a receiver that cannot be reached, and retries it', async () => {
    await announce();
    const gone = await startReceiver();
    await gone.close();
    const at = start();
    const result = await deliverDueWebhooks(database.db, { url: gone.url, secret, now: at });
    expect(result).toEqual({ delivered: 0, failed: 1 });
    const [row] = await outboxRows();
    expect(row).toMatchObject({ attempts: 1, deliveredAt: null, nextAttemptAt: plus(at, 30) });
    expect(row?.lastError).toMatch(/ECONNREFUSED/);
  });

  it('never delivers one notice twice when two senders run at once', async () => {
    for (let i = 0; i < 10; i++) await announce(`案件${i}`);
    receiver.state.delayMs = 20;
    const at = start();
    // Each sender drains the outbox in small batches, as two server processes would.
    const drain = async () => {
      let delivered = 0;
      for (;;) {
        const r = await deliver(at, 3);
        delivered += r.delivered;
        if (r.delivered + r.failed === 0) return delivered;
      }
    };
    const [a, b] = await Promise.all([drain(), drain()]);
    expect(a + b).toBe(10);
    expect(receiver.received).toHaveLength(10);
    expect(new Set(receiver.received.map((r) => r.headers['x-needle-delivery'])).size).toBe(10);
    const rows = await outboxRows();
    expect(rows.every((r) => r.attempts === 1 && r.deliveredAt !== null)).toBe(true);
  });

  it('runs periodically until stopped', async () => {
    await announce();
    const loop = startWebhookDelivery(database.db, { url: receiver.url, secret, intervalMs: 10 });
    try {
      await vi.waitFor(() => expect(receiver.received).toHaveLength(1), { timeout: 5_000, interval: 10 });
    } finally {
      await loop.stop();
    }
    const [row] = await outboxRows();
    expect(row?.deliveredAt).not.toBeNull();
  });
});
