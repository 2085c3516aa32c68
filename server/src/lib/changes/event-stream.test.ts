import type { PassThrough } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { type LiveStreams, streamEvents } from './event-stream.js';

/** A stream fed by a feed the test fires by hand, over a fake request and reply. */
function harness() {
  let onChange: () => void = () => {};
  const live: LiveStreams = {
    feed: {
      subscribe: async (listener) => {
        onChange = listener;
        return () => {};
      },
      close: async () => {},
    },
    open: new Set(),
  };
  const request = { raw: { on: () => {} }, log: { error: () => {} } } as unknown as FastifyRequest;
  let body: PassThrough | undefined;
  const reply = {
    header: () => reply,
    send: (stream: PassThrough) => {
      body = stream;
      return reply;
    },
  } as unknown as FastifyReply;
  return {
    live,
    request,
    reply,
    change: () => onChange(),
    /** The data lines sent so far, in order. */
    sent: () => {
      const text = String(body?.read() ?? '');
      return [...text.matchAll(/^data: (.*)$/gm)].map((m) => JSON.parse(m[1] ?? 'null'));
    },
    end: () => {
      for (const end of [...live.open]) end();
    },
  };
}

/**
 * A stream over a board whose state is a version number: each computation reads the version, then
 * takes `delay(n)` ms for its n-th read (from 1) before it answers.
 */
function boardStream(delay: (n: number) => number) {
  const h = harness();
  const board = { version: 1, calls: 0 };
  const opened = streamEvents(h.live, h.request, h.reply, {
    event: 'board',
    viewer: async () => ({}),
    render: async () => {
      const seen = board.version;
      board.calls += 1;
      await sleep(delay(board.calls));
      return { key: String(seen), data: seen };
    },
  });
  return { ...h, board, opened };
}

describe('a live stream', () => {
  it('sends the newest answer last when a change lands while the first answer is still computed', async () => {
    // The first read is slow: a change arrives while it runs, and is read quickly.
    const s = boardStream((n) => (n === 1 ? 60 : 1));
    await sleep(10);
    s.board.version = 2;
    s.change();
    await s.opened;
    await sleep(80);
    const sent = s.sent();
    s.end();
    expect(sent.at(-1)).toBe(2);
    expect(sent).toEqual([1, 2]);
  });

  it('computes once more for changes that arrive during a computation, and not once per change', async () => {
    const s = boardStream(() => 20);
    await s.opened;
    s.board.version = 2;
    s.change();
    s.change();
    s.change();
    await sleep(100);
    const sent = s.sent();
    s.end();
    expect(sent).toEqual([1, 2]);
    // The first answer, the change, and one more for the two that came while it was computed.
    expect(s.board.calls).toBe(3);
  });
});
