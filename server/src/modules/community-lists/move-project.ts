import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { conflict } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { communityProjects } from './community-lists.tables.js';
import { type ListsDeps, nowOf } from './lists-deps.js';
import { type ProjectAction, recordProjectStep } from './project-events.js';
import { moveProject, type ProjectMove } from './project-state.js';
import { type ProjectRow, projectOf, projectView } from './project-view.js';

export interface MoveOptions {
  note?: string;
  data?: Record<string, unknown>;
  /** Columns the move sets besides the state. */
  set?: Partial<typeof communityProjects.$inferInsert>;
}

/** Moves a locked project along the state machine, with its timeline step and audit, or refuses with 409. */
export async function applyMove(
  tx: Executor,
  actorId: string | null,
  before: ProjectRow,
  move: ProjectMove & ProjectAction,
  at: Date,
  options: MoveOptions = {},
): Promise<ProjectRow> {
  const to = moveProject(before.state, move);
  if (!to) {
    throw conflict(
      'PROJECT_STATE_CONFLICT',
      `A project that is ${before.state} cannot take the step ${move}`,
    );
  }
  const [after] = await tx
    .update(communityProjects)
    .set({ ...options.set, state: to })
    .where(eq(communityProjects.id, before.id))
    .returning();
  if (!after) throw new Error('the project update returned no row');
  await recordProjectStep(tx, {
    action: move,
    actorId,
    at,
    note: options.note,
    data: options.data,
    before,
    after,
  });
  return after;
}

/**
 * Opens a draft for partners to claim (认领), or starts a claimed project or one that fell to the
 * community. Opening is refused once the claim deadline has passed: it would fall at once.
 */
export async function moveProjectBy(deps: ListsDeps, actor: AuthUser, id: string, move: 'open' | 'start') {
  const now = nowOf(deps);
  return deps.db.transaction(async (tx) => {
    const before = await projectOf(tx, actor, id, true);
    if (move === 'open' && before.claimDeadline.getTime() <= now.getTime()) {
      throw conflict('CLAIM_DEADLINE_PASSED', 'The claim deadline has passed: set a new project');
    }
    const after = await applyMove(tx, actor.id, before, move, now);
    return projectView(tx, after);
  });
}
