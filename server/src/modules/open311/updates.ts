import { and, asc, desc, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { recordCaseEvents } from '../cases/case-events.js';
import { caseEvents, cases } from '../cases/cases.tables.js';
import { clientForKey } from './api-keys.js';
import { applyPushedStatus } from './apply-update.js';
import { clientRegionPrefix } from './clients.service.js';
import { list, type Open311Document } from './document.js';
import { type Fields, text } from './form-fields.js';
import { readScope } from './list-requests.js';
import { badRequest, notFound } from './open311-errors.js';
import { chinaIso } from './open311-time.js';
import { commaList, MAX_PAGE_SIZE, pagingOf, windowOf } from './query-window.js';
import { PUBLIC_ACTIONS, publicNoteOf } from './request-view.js';
import { isUpdateStatus, updateStatusOfEvent } from './status-mapping.js';
import { limited, MAX_DESCRIPTION, readMediaUrl } from './submission.js';

interface ExternalData {
  open311Status: string;
  clientId: string;
  clientUpdateId: string | null;
  appliedAction: string | null;
  notice: string;
  mediaUrl: string | null;
}

const mediaOf = (data: unknown): string | null => {
  const url = (data as Partial<ExternalData> | null)?.mediaUrl;
  return typeof url === 'string' ? url : null;
};

/**
 * GET servicerequestupdates: the public steps of every request in the window, oldest first, so a client
 * can poll "since" its last look. The report itself is the request, not an update of it.
 */
export async function listUpdates(deps: CaseDeps, fields: Fields): Promise<Open311Document> {
  const now = deps.now?.() ?? new Date();
  const scope = await readScope(deps, fields);
  const window = windowOf(fields, now);
  const { page, pageSize } = pagingOf(fields);
  const ids = commaList(fields, 'service_request_id', MAX_PAGE_SIZE);
  const rows = await deps.db
    .select({
      id: caseEvents.id,
      at: caseEvents.at,
      action: caseEvents.action,
      toStatus: caseEvents.toStatus,
      note: caseEvents.note,
      data: caseEvents.data,
      code: cases.code,
    })
    .from(caseEvents)
    .innerJoin(cases, eq(cases.id, caseEvents.caseId))
    .where(
      and(
        inArray(caseEvents.action, PUBLIC_ACTIONS),
        gte(caseEvents.at, window.start),
        lte(caseEvents.at, window.end),
        ids && ids.length > 0 ? inArray(cases.code, ids) : undefined,
        scope,
      ),
    )
    .orderBy(asc(caseEvents.at), asc(caseEvents.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return {
    root: 'service_request_updates',
    body: list(
      'request_update',
      rows.map((e) => ({
        update_id: String(e.id),
        service_request_id: e.code,
        status: updateStatusOfEvent(e),
        updated_datetime: chinaIso(e.at),
        description: publicNoteOf(e),
        media_url: mediaOf(e.data),
      })),
    ),
  };
}

function earlierUpdate(caseId: string, clientId: string, updateId: string): SQL {
  return and(
    eq(caseEvents.caseId, caseId),
    eq(caseEvents.action, 'external_update'),
    sql`${caseEvents.data}->>'clientId' = ${clientId}`,
    sql`${caseEvents.data}->>'clientUpdateId' = ${updateId}`,
  ) as SQL;
}

/**
 * POST servicerequestupdates: a connected system pushes a status. The mapped lifecycle step is taken
 * where it can be (see status-mapping.ts); the update is always recorded on the timeline, as an
 * `external_update` event, and the answer says which happened. A repeated update_id is answered
 * with the first update instead of a second one.
 */
export async function postUpdate(deps: CaseDeps, fields: Fields): Promise<Open311Document> {
  const { client, user } = await clientForKey(deps.db, text(fields, 'api_key'));
  const code = text(fields, 'service_request_id');
  if (code === undefined) throw badRequest('service_request_id is required');
  const pushed = text(fields, 'status')?.toUpperCase();
  if (pushed === undefined || !isUpdateStatus(pushed)) {
    throw badRequest(
      'status must be one of OPEN, CLOSED, FIXED, IN_PROGRESS, ACTION_SCHEDULED, INVESTIGATING, DUPLICATE, NOT_COUNCILS_RESPONSIBILITY, NO_FURTHER_ACTION, INTERNAL_REFERRAL, REOPEN',
    );
  }
  const description = limited(fields, 'description', MAX_DESCRIPTION) ?? '';
  const updateId = limited(fields, 'update_id', 200) ?? null;
  const mediaUrl = readMediaUrl(fields) ?? null;
  const [c] = await deps.db
    .select({
      id: cases.id,
      status: cases.status,
      reporterId: cases.reporterId,
      regionCode: cases.regionCode,
    })
    .from(cases)
    .where(eq(cases.code, code.slice(0, 100)));
  if (!c?.regionCode.startsWith(clientRegionPrefix(client)))
    throw notFound(`No service request ${code.slice(0, 50)}`);

  const answer = (id: number, data: ExternalData): Open311Document => ({
    root: 'service_request_updates',
    body: list('request_update', [
      {
        update_id: String(id),
        service_request_id: code,
        status: pushed,
        applied: data.appliedAction !== null,
        service_notice: data.notice,
      },
    ]),
  });
  const findEarlier = async (db: Executor) => {
    if (updateId === null) return null;
    const [earlier] = await db
      .select({ id: caseEvents.id, data: caseEvents.data })
      .from(caseEvents)
      .where(earlierUpdate(c.id, client.id, updateId));
    // Written only below, from ExternalData.
    return earlier ? { id: earlier.id, data: earlier.data as ExternalData } : null;
  };
  const before = await findEarlier(deps.db);
  if (before) return answer(before.id, before.data);

  const applied = await applyPushedStatus(deps, user, c, pushed, description);
  const now = deps.now?.() ?? new Date();
  const recorded = await deps.db.transaction(async (tx) => {
    // Every step on a case holds its row lock, so the update lands after the step it may have caused.
    const [locked] = await tx.select().from(cases).where(eq(cases.id, c.id)).for('update');
    if (!locked) throw notFound(`No service request ${code}`);
    const raced = await findEarlier(tx);
    if (raced) return raced;
    const data: ExternalData = {
      open311Status: pushed,
      clientId: client.id,
      clientUpdateId: updateId,
      appliedAction: applied.action,
      notice: applied.notice,
      mediaUrl,
    };
    await tx.update(cases).set({ updatedAt: now }).where(eq(cases.id, c.id));
    await recordCaseEvents(tx, {
      caseId: c.id,
      at: now,
      actorId: user.id,
      actorRole: user.roles[0] ?? 'resident',
      action: 'external_update',
      fromStatus: locked.status,
      toStatus: locked.status,
      note: description,
      data,
      districtCode: locked.districtCode,
      regionCode: locked.regionCode,
    });
    const [event] = await tx
      .select({ id: caseEvents.id })
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, c.id), eq(caseEvents.action, 'external_update')))
      .orderBy(desc(caseEvents.id))
      .limit(1);
    if (!event) throw new Error('the update just recorded is missing');
    return { id: event.id, data };
  });
  return answer(recorded.id, recorded.data);
}
