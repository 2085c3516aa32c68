import { WORKBENCH_COUNTS_EVENT } from '@needle/contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type LiveStreams, streamEvents } from '../../lib/changes/event-stream.js';
import { userForSession } from '../auth/auth.service.js';
import { SESSION_COOKIE } from '../auth/session-token.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { workbenchCounts } from './workbench-counts.js';

/**
 * The user's workbench counts as Server-Sent Events (event-stream.ts): the counts at once, then again
 * whenever a change moves them. The session is looked up again before each send; once it has ended,
 * so does the stream.
 */
export function streamCounts(
  deps: CaseDeps,
  live: LiveStreams,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const token = request.cookies[SESSION_COOKIE] ?? '';
  return streamEvents(live, request, reply, {
    event: WORKBENCH_COUNTS_EVENT,
    viewer: () => userForSession(deps.db, token),
    render: async (viewer) => {
      const counts = await workbenchCounts(deps, viewer);
      return { key: JSON.stringify(counts.queues), data: counts };
    },
  });
}
