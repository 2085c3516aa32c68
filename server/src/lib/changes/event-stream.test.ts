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

describe('a live stream', () => {
  it('sends the newest answer last when a change lands while the first answer is still computed', async () => {
    const h = harness();
    let version = 1;
    let calls = 0;
    const opened = streamEvents(h.live, h.request, h.reply, {
      event: 'board',
      viewer: async () => ({}),
      render: async () => {
        // The first read is slow: a change arrives while it runs, and is read quickly.
        const seen = version;
        calls += 1;
        await sleep(calls === 1 ? 60 : 1);
        return { key: String(seen), data: seen };
      },
    });
    await sleep(10);
    version = 2;
    h.change();
    await opened;
    await sleep(80);
    const sent = h.sent();
    h.end();
    expect(sent.at(-1)).toBe(2);
    expect(sent).toEqual([1, 2]);
  });

  it('computes once more for changes that arrive during a computation, and not once per change', async () => {
    const h = harness();
    let version = 1;
    let calls = 0;
    const opened = streamEvents(h.live, h.request, h.reply, {
      event: 'board',
      viewer: async () => ({}),
      render: async () => {
        calls += 1;
        const seen = version;
        await sleep(20);
        return { key: String(seen), data: seen };
      },
    });
    await opened;
    version = 2;
    h.change();
    h.change();
    h.change();
    await sleep(100);
    const sent = h.sent();
    h.end();
    expect(sent).toEqual([1, 2]);
    // The first answer, the change, and one more for the two that came while it was computed.
    expect(calls).toBe(3);
  });
});
