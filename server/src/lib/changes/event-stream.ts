import { PassThrough } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.js';
import type { App } from '../../http/app-types.js';
import { type ChangeFeed, changeFeed } from './change-feed.js';

/** A comment line now and then keeps proxies and browsers from closing a quiet stream. */
export const HEARTBEAT_MS = 20_000;

/** The server process's one ear on the change channel, and its open streams, so closing ends them. */
export interface LiveStreams {
  feed: ChangeFeed;
  open: Set<() => void>;
}

/** One per server process: one listening connection, opened when the first page streams. */
export function liveStreams(app: App, db: Db): LiveStreams {
  const live: LiveStreams = { feed: changeFeed(db), open: new Set() };
  // Open streams never finish by themselves: end them, or closing the server would wait for them.
  app.addHook('preClose', async () => {
    for (const end of [...live.open]) end();
  });
  app.addHook('onClose', async () => live.feed.close());
  return live;
}

/** What one live page is made of: who looks (asked again before each send) and what they see. */
export interface StreamSource<V> {
  /** The SSE event name of each message. */
  event: string;
  /** The viewer as of now; null once their session has ended, which ends the stream. */
  viewer(): Promise<V | null>;
  /**
   * What the viewer sees now, and the part of it whose change is worth a message (a page's counts
   * without the time they were counted); null once the viewer may no longer see it, which ends the stream.
   */
  render(viewer: V): Promise<{ key: string; data: unknown } | null>;
}

/**
 * A page kept live as Server-Sent Events: what the viewer sees at once, then again after every burst of
 * changes (change-feed.ts) that changes it. Each viewer's answer is computed with their own scope, and
 * sent only when it differs from the last one: a change in another jurisdiction sends nothing. One
 * computation at a time per stream; changes arriving meanwhile make one more.
 */
export async function streamEvents<V>(
  live: LiveStreams,
  request: FastifyRequest,
  reply: FastifyReply,
  source: StreamSource<V>,
) {
  const stream = new PassThrough();
  let lastSent = '';
  let computing: Promise<void> | null = null;
  let again = false;
  let ended = false;

  const send = async (): Promise<void> => {
    const viewer = await source.viewer();
    const seen = viewer && (await source.render(viewer));
    if (!seen) return end();
    if (seen.key === lastSent || ended) return;
    lastSent = seen.key;
    stream.write(`event: ${source.event}\ndata: ${JSON.stringify(seen.data)}\n\n`);
  };
  // Every computation goes through here, the first one included: two at once could finish out of
  // order and leave the older answer as the last one sent.
  const resend = (): Promise<void> => {
    if (computing) {
      again = true;
      return computing;
    }
    computing = (async () => {
      // Cleared in the same step as the last check of `again`, so no change slips in between.
      try {
        do {
          again = false;
          await send();
        } while (again && !ended);
      } finally {
        computing = null;
      }
    })();
    return computing;
  };
  const onChange = () => {
    resend().catch((err) => request.log.error({ err }, `Could not refresh a live ${source.event} stream`));
  };

  let unsubscribe = () => {};
  const heartbeat = setInterval(() => stream.write(': heartbeat\n\n'), HEARTBEAT_MS);
  function end() {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    unsubscribe();
    live.open.delete(end);
    stream.end();
  }
  live.open.add(end);
  request.raw.on('close', end);

  unsubscribe = await live.feed.subscribe(onChange);
  // The browser reconnects by itself after a dropped connection: in 3 s rather than its default.
  stream.write('retry: 3000\n\n');
  await resend();
  return reply
    .header('content-type', 'text/event-stream; charset=utf-8')
    .header('cache-control', 'no-cache, no-transform')
    .header('x-accel-buffering', 'no')
    .send(stream);
}
