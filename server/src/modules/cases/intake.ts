import { randomUUID } from 'node:crypto';
import { eq, type SQLWrapper } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import type { TimeLimit } from '../../lib/calendar/index.js';
import { AppError, badRequest, notFound } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { regionVisible } from '../auth/jurisdiction.js';
import { categoryInCatalogue } from '../categories/category-catalogue.js';
import { departmentsCache } from '../departments/departments.queries.js';
import { assertOwnPhotos } from '../photos/photo-ownership.js';
import { takeCaseCode } from './case-code.js';
import type { CaseDeps } from './case-deps.js';
import { cases } from './cases.tables.js';
import { type Channel, channelFor, initialStatus } from './channels.js';
import { closeOnTheSpot } from './close-on-the-spot.js';
import { IDEMPOTENCY_KEY_TTL_MS, replayOf, requestHash, type SubmissionKey } from './idempotency.js';
import { intakeStatement, isKeyTaken } from './intake-statement.js';
import type { CaseStatus } from './lifecycle/case-status.js';
import { cellOf } from './nearby.js';
import { routeCase } from './routing.js';
import { startStep } from './step-deadline.js';

export interface IntakeInput {
  categoryCode: string;
  description: string;
  lat: number;
  lng: number;
  address?: string;
  photoIds?: string[];
  /** A hotline operator records the caller; nobody else reports on someone's behalf. */
  reporterName?: string;
  reporterPhone?: string;
  /** A grid worker fixed it on the spot: the case is closed at once, with before-and-after photos. */
  selfHandled?: boolean;
}

export interface IntakeResult {
  caseId: string;
  code: string;
  dueAt: Date;
  /** True when the Idempotency-Key had been seen: the first submission's case is returned. */
  replayed: boolean;
}

/** The new case as intake wrote it, for the writes another channel adds in the same transaction. */
export interface CreatedCase {
  id: string;
  status: CaseStatus;
  /** The district the case lies in: what the rows tied to it are distributed by. */
  districtCode: string;
  regionCode: string;
  dueAt: Date;
}

/** How another module (the hotline, Open311) takes a report in through the same intake. */
export interface IntakeOptions {
  channel?: Channel;
  /** A limit other than the category's, e.g. a 12345 urgency tier. */
  timeLimit?: TimeLimit;
  /** How long the Idempotency-Key replays, when not the usual day (Open311's body keys). */
  keyTtlMs?: number;
  /** Columns a channel fills from its own form (Open311's reporter and answers), written with the case. */
  caseFields?: Pick<
    typeof cases.$inferInsert,
    'reporterName' | 'reporterPhone' | 'reporterEmail' | 'attributes'
  >;
  /** Rows of the channel's own that belong to the new case, written in the intake's one statement. */
  more?: (caseId: string) => SQLWrapper[];
  /** More writes that belong to the new case, made in its transaction. */
  within?: (tx: Tx, created: CreatedCase, now: Date) => Promise<void>;
}

const keyInUse = () =>
  new AppError(409, 'IDEMPOTENCY_KEY_IN_USE', 'A request with this Idempotency-Key is still running');

/** Takes a report in from any channel and turns it into a case, exactly once per Idempotency-Key. */
export async function intakeCase(
  deps: CaseDeps,
  actor: AuthUser,
  input: IntakeInput,
  idempotencyKey: string,
  options: IntakeOptions = {},
): Promise<IntakeResult> {
  const { db } = deps;
  const now = deps.now?.() ?? new Date();
  const { channel: roleChannel, role } = channelFor(actor.roles);
  const channel = options.channel ?? roleChannel;
  const category = await categoryInCatalogue(db, input.categoryCode);
  if (!category?.active) {
    throw notFound(
      'CATEGORY_NOT_FOUND',
      `Category ${input.categoryCode} does not exist or is no longer used`,
    );
  }
  const place = deps.regions.locate(input.lat, input.lng);
  if (!place)
    throw new AppError(422, 'LOCATION_OUTSIDE_GRIDS', 'The location is not inside any grid of the city');
  const publicReporter = channel === 'resident_app' || channel === 'courier' || channel === 'open311';
  if (!publicReporter && !regionVisible(actor.jurisdiction, place.grid.code)) {
    throw new AppError(422, 'LOCATION_OUTSIDE_JURISDICTION', 'Staff report within their own jurisdiction');
  }
  if ((input.reporterName || input.reporterPhone) && channel !== 'hotline') {
    throw badRequest('REPORTER_NOT_ALLOWED', 'Only a hotline operator records a caller on their behalf');
  }
  const photoIds = input.photoIds ?? [];
  if (input.selfHandled) {
    if (channel !== 'patrol')
      throw new AppError(403, 'ROLE_NOT_ALLOWED', 'Only a grid worker on patrol handles a case on the spot');
    if (photoIds.length < 2)
      throw badRequest('PHOTOS_REQUIRED', 'A case handled on the spot needs a before and an after photo');
  }
  await assertOwnPhotos(db, photoIds, actor.id);
  const routed = routeCase(
    category,
    { streetCode: place.street.code, regionCode: place.grid.code },
    await departmentsCache.get(db),
  );
  const settings = await deps.settings();
  const calendar = deps.calendar.current();
  const dueAt = calendar.deadline(
    now,
    options.timeLimit ?? { amount: category.timeLimitAmount, unit: category.timeLimitUnit },
  );
  const status = initialStatus(channel);
  const sent: SubmissionKey = {
    scope: actor.id,
    key: idempotencyKey,
    hash: requestHash({ ...input, channel }),
    ttlMs: options.keyTtlMs ?? IDEMPOTENCY_KEY_TTL_MS,
  };
  const replay = async (): Promise<IntakeResult | null> => {
    const caseId = await replayOf(db, sent);
    if (!caseId) return null;
    const [earlier] = await db
      .select({ code: cases.code, dueAt: cases.dueAt })
      .from(cases)
      .where(eq(cases.id, caseId));
    if (!earlier) throw new Error(`case ${caseId} of a standing key is missing`);
    return { caseId, ...earlier, replayed: true };
  };

  // The code is taken before the case is written (see takeCaseCode); null means the key already stands.
  // A key that expires between the two reads is removed by the next take, which then gives a number.
  let code = await takeCaseCode(db, place.street.code, now, sent);
  for (let attempt = 1; code === null; attempt++) {
    const earlier = await replay();
    if (earlier) return earlier;
    if (attempt > 2) throw keyInUse();
    code = await takeCaseCode(db, place.street.code, now, sent);
  }
  const caseId = randomUUID();
  const statement = intakeStatement(db, {
    case: {
      id: caseId,
      code,
      channel,
      categoryCode: category.code,
      categoryVersion: category.version,
      status,
      description: input.description,
      address: input.address ?? '',
      lat: input.lat,
      lng: input.lng,
      h3Cell: cellOf(input.lat, input.lng),
      gridCode: place.grid.code,
      communityCode: place.community.code,
      streetCode: place.street.code,
      districtCode: place.district.code,
      regionCode: place.grid.code,
      reporterId: actor.id,
      reporterName: input.reporterName ?? null,
      reporterPhone: input.reporterPhone ?? null,
      ...options.caseFields,
      routing: category.routing,
      unitDepartmentId: routed.unit.kind === 'department' ? routed.unit.departmentId : null,
      unitRegionCode: routed.unit.kind === 'region' ? routed.unit.regionCode : null,
      ...startStep(calendar, settings, status, now, dueAt),
      dueAt,
      createdAt: now,
      updatedAt: now,
    },
    report: {
      districtCode: place.district.code,
      caseId,
      at: now,
      actorId: actor.id,
      actorRole: role,
      action: 'report',
      fromStatus: null,
      toStatus: status,
      note: input.description,
      photoIds,
      data: {
        channel,
        dueAt: dueAt.toISOString(),
        routedTo: routed.unit,
        assist: routed.assist,
        routingReason: routed.reason,
      },
      regionCode: place.grid.code,
    },
    followerId: actor.id,
    key: sent,
    more: options.more?.(caseId) ?? [],
  });
  const created: CreatedCase = {
    id: caseId,
    status,
    districtCode: place.district.code,
    regionCode: place.grid.code,
    dueAt,
  };
  const within = options.within;
  try {
    if (!input.selfHandled && !within) {
      // The common report: one statement, atomic on its own.
      await db.execute(statement);
    } else {
      await db.transaction(async (tx) => {
        await tx.execute(statement);
        if (input.selfHandled) {
          await closeOnTheSpot(tx, created, {
            actorId: actor.id,
            actorRole: role,
            action: 'self_handle',
            note: 'handled on the spot by the grid worker',
            photoIds,
            at: now,
          });
        }
        await within?.(tx, created, now);
      });
    }
  } catch (err) {
    if (!isKeyTaken(err)) throw err;
    // Another request with this key committed first: its case is the answer, and this one wrote nothing.
    const earlier = await replay();
    if (!earlier) throw keyInUse();
    return earlier;
  }
  return { caseId, code, dueAt, replayed: false };
}
