import { asc, eq } from 'drizzle-orm';
import { conflict, forbidden, notFound } from '../../lib/errors/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { regionVisible } from '../auth/jurisdiction.js';
import { registryRoleOf } from '../registry/registry-office.js';
import { careSchedules, careTags } from './care.tables.js';
import type { CareDeps } from './care-due.js';

export async function listCareTags(deps: CareDeps) {
  return deps.db
    .select({ code: careTags.code, label: careTags.label, builtIn: careTags.builtIn })
    .from(careTags)
    .orderBy(asc(careTags.createdAt), asc(careTags.code));
}

/** A care group of the city's own (退役军人, 留守儿童, …); administrators add them. */
export async function addCareTag(deps: CareDeps, actor: AuthUser, input: { code: string; label: string }) {
  if (!actor.permissions.includes('settings:write')) {
    throw forbidden('CARE_TAGS_ADMIN_ONLY', 'Care groups are added by an administrator');
  }
  return deps.db.transaction(async (tx) => {
    const [tag] = await tx
      .insert(careTags)
      .values({ code: input.code, label: input.label.trim(), createdBy: actor.id })
      .onConflictDoNothing()
      .returning({ code: careTags.code, label: careTags.label, builtIn: careTags.builtIn });
    if (!tag) throw conflict('CARE_TAG_EXISTS', `A care group ${input.code} exists already`);
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'care_tag.create',
      entity: 'care_tag',
      entityId: tag.code,
      after: tag,
    });
    return tag;
  });
}

/** The city's default schedules and those of communities in the viewer's area. */
export async function listSchedules(deps: CareDeps, viewer: AuthUser) {
  const rows = await deps.db
    .select()
    .from(careSchedules)
    .orderBy(asc(careSchedules.regionCode), asc(careSchedules.careTag));
  return rows
    .filter((r) => r.regionCode === '' || regionVisible(viewer.jurisdiction, r.regionCode))
    .map((r) => ({ regionCode: r.regionCode, careTag: r.careTag, everyDays: r.everyDays }));
}

/**
 * Sets how often a care group is visited: a community's staff for their community, an administrator for
 * the whole city (no region).
 */
export async function setSchedule(
  deps: CareDeps,
  actor: AuthUser,
  input: { regionCode?: string; careTag: string; everyDays: number },
) {
  const regionCode = input.regionCode ?? '';
  if (regionCode === '' ? !actor.permissions.includes('settings:write') : registryRoleOf(actor) !== 'staff') {
    throw forbidden(
      'CARE_SCHEDULE_NOT_YOURS',
      'Community staff set their community’s schedule; an administrator the city’s',
    );
  }
  if (
    regionCode !== '' &&
    (!regionVisible(actor.jurisdiction, regionCode) || !deps.regions.directory.node(regionCode))
  ) {
    throw notFound('REGION_NOT_FOUND', `Region ${regionCode} does not exist or is outside your jurisdiction`);
  }
  const [tag] = await deps.db.select().from(careTags).where(eq(careTags.code, input.careTag));
  if (!tag) throw notFound('CARE_TAG_NOT_FOUND', `No care group ${input.careTag}`);
  const now = deps.now?.() ?? new Date();
  return deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(careSchedules)
      .values({
        regionCode,
        careTag: input.careTag,
        everyDays: input.everyDays,
        updatedBy: actor.id,
        updatedAt: now,
      })
      .onConflictDoUpdate({
        target: [careSchedules.regionCode, careSchedules.careTag],
        set: { everyDays: input.everyDays, updatedBy: actor.id, updatedAt: now },
      })
      .returning();
    if (!row) throw new Error('the schedule upsert returned no row');
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'care_schedule.update',
      entity: 'care_schedule',
      entityId: row.id,
      regionCode: regionCode || null,
      after: row,
    });
    return { regionCode: row.regionCode, careTag: row.careTag, everyDays: row.everyDays };
  });
}
