import type { Tx } from '../../db/database.js';
import type { TimeLimit } from '../../lib/calendar/index.js';
import { AppError, badRequest, notFound } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { regionVisible } from '../auth/jurisdiction.js';
import { findCategory } from '../categories/categories.service.js';
import { routingDepartments } from '../departments/departments.queries.js';
import { assertOwnPhotos } from '../photos/photo-ownership.js';
import { nextCaseCode } from './case-code.js';
import type { CaseDeps } from './case-deps.js';
import { recordCaseEvents } from './case-events.js';
import { caseFollowers, cases } from './cases.tables.js';
import { type Channel, channelFor, initialStatus } from './channels.js';
import { closeOnTheSpot } from './close-on-the-spot.js';
import { claimIdempotencyKey, recordIdempotentResult, requestHash } from './idempotency.js';
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
  /** True when the Idempotency-Key had been seen: the first submission's case is returned. */
  replayed: boolean;
}

/** How another module (the hotline, Open311) takes a report in through the same intake. */
export interface IntakeOptions {
  channel?: Channel;
  /** A limit other than the category's, e.g. a 12345 urgency tier. */
  timeLimit?: TimeLimit;
  /** More writes that belong to the new case, made in its transaction. */
  within?: (tx: Tx, caseId: string, now: Date) => Promise<void>;
}

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
  const category = await findCategory(db, input.categoryCode);
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
    await routingDepartments(db),
  );
  const settings = await deps.settings();
  const calendar = deps.calendar.current();
  const dueAt = calendar.deadline(
    now,
    options.timeLimit ?? { amount: category.timeLimitAmount, unit: category.timeLimitUnit },
  );
  const status = initialStatus(channel);
  const hash = requestHash({ ...input, channel });

  return db.transaction(async (tx) => {
    const earlier = await claimIdempotencyKey(tx, actor.id, idempotencyKey, hash);
    if (earlier) return { caseId: earlier, replayed: true };
    const code = await nextCaseCode(tx, place.street.code, now);
    const [created] = await tx
      .insert(cases)
      .values({
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
        routing: category.routing,
        unitDepartmentId: routed.unit.kind === 'department' ? routed.unit.departmentId : null,
        unitRegionCode: routed.unit.kind === 'region' ? routed.unit.regionCode : null,
        ...startStep(calendar, settings, status, now, dueAt),
        dueAt,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: cases.id });
    if (!created) throw new Error('insert returned no case');
    await recordCaseEvents(tx, {
      caseId: created.id,
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
    });
    await tx.insert(caseFollowers).values({ caseId: created.id, userId: actor.id }).onConflictDoNothing();
    if (input.selfHandled) {
      await closeOnTheSpot(
        tx,
        { id: created.id, status, regionCode: place.grid.code },
        {
          actorId: actor.id,
          actorRole: role,
          action: 'self_handle',
          note: 'handled on the spot by the grid worker',
          photoIds,
          at: now,
        },
      );
    }
    await options.within?.(tx, created.id, now);
    await recordIdempotentResult(tx, actor.id, idempotencyKey, created.id);
    return { caseId: created.id, replayed: false };
  });
}
