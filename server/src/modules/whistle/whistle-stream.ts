import { WHISTLE_ORDER_EVENT } from '@needle/contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type LiveStreams, streamEvents } from '../../lib/changes/event-stream.js';
import { AppError } from '../../lib/errors/app-error.js';
import { userForSession } from '../auth/auth.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { SESSION_COOKIE } from '../auth/session-token.js';
import { getWhistle } from './get-whistle.js';
import type { WhistleDeps } from './whistle-deps.js';

/**
 * A whistle order's board kept live (event-stream.ts): the order at once, then again each time a
 * report-in, a completion or any other step changes it, whichever server process took the step. An
 * order the user may not read is refused before the stream opens (404, as GET /api/whistles/:id).
 */
export async function streamWhistle(
  deps: WhistleDeps,
  live: LiveStreams,
  request: FastifyRequest,
  reply: FastifyReply,
  user: AuthUser,
  id: string,
) {
  await getWhistle(deps, user, id);
  const token = request.cookies[SESSION_COOKIE] ?? '';
  return streamEvents(live, request, reply, {
    event: WHISTLE_ORDER_EVENT,
    viewer: () => userForSession(deps.db, token),
    render: async (viewer) => {
      try {
        const order = await getWhistle(deps, viewer, id);
        return { key: JSON.stringify(order), data: order };
      } catch (err) {
        // Moved out of the viewer's sight meanwhile: the stream ends rather than failing each change.
        if (err instanceof AppError && err.status === 404) return null;
        throw err;
      }
    },
  });
}
