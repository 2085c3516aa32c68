import { PassThrough } from 'node:stream';
import { WORKBENCH_COUNTS_EVENT } from '@needle/contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ChangeFeed } from '../../lib/changes/change-feed.js';
import { userForSession } from '../auth/auth.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { SESSION_COOKIE } from '../auth/session-token.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { workbenchCounts } from './workbench-counts.js';

/** A comment line now and then keeps proxies and browsers from closing a quiet stream. */
export const HEARTBEAT_MS = 20_000;

/** The open streams of one server process, so that closing the server ends them. */
export type OpenStreams = Set<() => void>;

/**
 * The user's workbench counts as Server-Sent Events: the counts at once, then again after every burst
 * of changes (change-feed.ts) that changes them. Each user gets only their own counts, computed with
 * their own scope, and only when they differ from the last sent: a change in another jurisdiction
 * sends nothing. The session is looked up again before each send; once it has ended, so does the stream.
 */
export async function streamCounts(
  deps: CaseDeps,
  feed: ChangeFeed,
  open: OpenStreams,
  request: FastifyRequest,
  reply: FastifyReply,
  user: AuthUser,
) {
  const token = request.cookies[SESSION_COOKIE] ?? '';
  const stream = new PassThrough();
  let lastSent = '';
  let computing: Promise<void> | null = null;
  let again = false;
  let ended = false;

  const send = async (viewer: AuthUser) => {
    const counts = await workbenchCounts(deps, viewer);
    const data = JSON.stringify(counts.queues);
    if (data === lastSent || ended) return;
    lastSent = data;
    stream.write(`event: ${WORKBENCH_COUNTS_EVENT}\ndata: ${JSON.stringify(counts)}\n\n`);
  };
  // One computation at a time per stream; changes arriving meanwhile make one more.
  const recount = () => {
    if (computing) {
      again = true;
      return;
    }
    computing = (async () => {
      do {
        again = false;
        const viewer = await userForSession(deps.db, token);
        if (!viewer) return end();
        await send(viewer);
      } while (again && !ended);
    })()
      .catch((err) => request.log.error({ err }, 'Could not recount a workbench'))
      .finally(() => {
        computing = null;
      });
  };

  let unsubscribe = () => {};
  const heartbeat = setInterval(() => stream.write(': heartbeat\n\n'), HEARTBEAT_MS);
  function end() {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    unsubscribe();
    open.delete(end);
    stream.end();
  }
  open.add(end);
  request.raw.on('close', end);

  unsubscribe = await feed.subscribe(recount);
  // The browser reconnects by itself after a dropped connection: in 3 s rather than its default.
  stream.write('retry: 3000\n\n');
  await send(user);
  return reply
    .header('content-type', 'text/event-stream; charset=utf-8')
    .header('cache-control', 'no-cache, no-transform')
    .header('x-accel-buffering', 'no')
    .send(stream);
}
