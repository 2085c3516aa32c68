import { ApiError, api } from '../api/client';
import { isRefusal } from '../api/isRefusal';
import { patrolStore } from './patrolStore';

let running: Promise<number> | null = null;

/**
 * Sends the user's queued patrol requests in order, one at a time: a track batch never overtakes its
 * patrol's start. The first network failure ends the round (the rest would fail the same way); a
 * refusal is kept aside and the queue goes on. Answers how many still wait.
 */
export function sendPatrolQueue(userId: string): Promise<number> {
  running ??= (async () => {
    try {
      for (const request of await patrolStore.queued(userId)) {
        if (request.refused || request.seq === undefined) continue;
        try {
          await api(request.path, {
            method: 'POST',
            body: request.body,
            signal: AbortSignal.timeout(15_000),
          });
          await patrolStore.remove(request.seq);
        } catch (error) {
          if (error instanceof ApiError && isRefusal(error) && error.status !== 401 && error.status !== 429) {
            await patrolStore.put({ ...request, refused: { status: error.status, code: error.code } });
            continue;
          }
          break;
        }
      }
      return (await patrolStore.queued(userId)).filter((r) => !r.refused).length;
    } finally {
      running = null;
    }
  })();
  return running;
}
