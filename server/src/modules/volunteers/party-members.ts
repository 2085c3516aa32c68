import type { PartyRegistrationInput } from '@needle/contract';
import { and, asc, count, eq, isNotNull, isNull, like, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { conflict, notFound } from '../../lib/errors/app-error.js';
import { maskName, maskPhone } from '../../lib/privacy/mask.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { regionVisible } from '../auth/jurisdiction.js';
import { users } from '../users/users.tables.js';
import { chinaYearOf } from '../whistle/china-periods.js';
import { residentOnly, volunteerStaffPrefix } from './volunteer-office.js';
import { partyMemberRatings, partyMemberRegistrations } from './volunteers.tables.js';
import { nowOf, type VolunteersDeps } from './volunteers-deps.js';

type RegistrationRow = typeof partyMemberRegistrations.$inferSelect;

/**
 * 双报到: a party member registers with the community where they live, besides their own party
 * organisation, to serve there; the community's staff confirm it. One community a person.
 */
export async function registerPartyMember(
  deps: VolunteersDeps,
  actor: AuthUser,
  input: PartyRegistrationInput,
) {
  residentOnly(actor);
  const community = deps.regions.directory.node(input.regionCode);
  if (community?.level !== 'community') {
    throw notFound('REGION_NOT_FOUND', `There is no community ${input.regionCode}`);
  }
  return deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(partyMemberRegistrations)
      .values({
        userId: actor.id,
        regionCode: community.code,
        branch: input.branch.trim(),
        registeredAt: nowOf(deps),
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw conflict('ALREADY_REGISTERED', 'You have registered with a community already');
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'party_member.register',
      entity: 'party_member',
      entityId: row.id,
      regionCode: row.regionCode,
      after: row,
    });
    return myRegistrationView(tx, deps, row);
  });
}

async function myRegistrationView(db: Executor, deps: VolunteersDeps, row: RegistrationRow) {
  const ratings = await db
    .select({ year: partyMemberRatings.year, stars: partyMemberRatings.stars })
    .from(partyMemberRatings)
    .where(eq(partyMemberRatings.registrationId, row.id))
    .orderBy(asc(partyMemberRatings.year));
  return {
    registration: {
      id: row.id,
      regionCode: row.regionCode,
      regionName: deps.regions.directory.node(row.regionCode)?.name ?? row.regionCode,
      branch: row.branch,
      registeredAt: row.registeredAt.toISOString(),
      confirmedAt: row.confirmedAt?.toISOString() ?? null,
      ratings,
    },
  };
}

/** The resident's own registration and its ratings, or none. */
export async function myPartyRegistration(deps: VolunteersDeps, actor: AuthUser) {
  residentOnly(actor);
  const [row] = await deps.db
    .select()
    .from(partyMemberRegistrations)
    .where(eq(partyMemberRegistrations.userId, actor.id));
  return row ? myRegistrationView(deps.db, deps, row) : { registration: null };
}

/** A page of the party members registered in the staff member's area, masked, with the year's stars. */
export async function listPartyMembers(
  deps: VolunteersDeps,
  viewer: AuthUser,
  f: { regionCode?: string; confirmed?: boolean; year?: number; page?: number; pageSize?: number },
) {
  const prefix = volunteerStaffPrefix(viewer);
  if (f.regionCode && !regionVisible(viewer.jurisdiction, f.regionCode)) {
    throw notFound('REGION_NOT_FOUND', `Region ${f.regionCode} is outside your jurisdiction`);
  }
  const year = f.year ?? chinaYearOf(nowOf(deps));
  const page = f.page ?? 1;
  const pageSize = f.pageSize ?? 20;
  const where = and(
    like(partyMemberRegistrations.regionCode, `${f.regionCode ?? prefix}%`),
    f.confirmed === undefined
      ? undefined
      : f.confirmed
        ? isNotNull(partyMemberRegistrations.confirmedAt)
        : isNull(partyMemberRegistrations.confirmedAt),
  ) as SQL;
  const [rows, [total]] = await Promise.all([
    deps.db
      .select({
        r: partyMemberRegistrations,
        displayName: users.displayName,
        phone: users.phone,
        stars: partyMemberRatings.stars,
      })
      .from(partyMemberRegistrations)
      .innerJoin(users, eq(users.id, partyMemberRegistrations.userId))
      .leftJoin(
        partyMemberRatings,
        and(
          eq(partyMemberRatings.registrationId, partyMemberRegistrations.id),
          eq(partyMemberRatings.year, year),
        ),
      )
      .where(where)
      .orderBy(asc(partyMemberRegistrations.regionCode), asc(partyMemberRegistrations.registeredAt))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    deps.db.select({ n: count() }).from(partyMemberRegistrations).where(where),
  ]);
  return {
    total: Number(total?.n ?? 0),
    page,
    pageSize,
    items: rows.map(({ r, displayName, phone, stars }) =>
      partyMemberView(r, displayName, phone, year, stars),
    ),
  };
}

function partyMemberView(
  r: RegistrationRow,
  name: string,
  phone: string | null,
  year: number,
  stars: number | null,
) {
  return {
    id: r.id,
    regionCode: r.regionCode,
    name: maskName(name),
    phone: maskPhone(phone),
    branch: r.branch,
    registeredAt: r.registeredAt.toISOString(),
    confirmedAt: r.confirmedAt?.toISOString() ?? null,
    year,
    stars,
  };
}

async function keptRegistration(tx: Executor, viewer: AuthUser, id: string) {
  const prefix = volunteerStaffPrefix(viewer);
  const [row] = await tx
    .select({ r: partyMemberRegistrations, displayName: users.displayName, phone: users.phone })
    .from(partyMemberRegistrations)
    .innerJoin(users, eq(users.id, partyMemberRegistrations.userId))
    .where(eq(partyMemberRegistrations.id, id))
    .for('update', { of: partyMemberRegistrations });
  if (!row?.r.regionCode.startsWith(prefix)) {
    throw notFound(
      'PARTY_MEMBER_NOT_FOUND',
      `Registration ${id} does not exist or is outside your jurisdiction`,
    );
  }
  return row;
}

/** The community's staff confirm a party member's registration, once. */
export async function confirmPartyMember(deps: VolunteersDeps, actor: AuthUser, id: string) {
  const now = nowOf(deps);
  return deps.db.transaction(async (tx) => {
    const { r: before, displayName, phone } = await keptRegistration(tx, actor, id);
    if (before.confirmedAt)
      throw conflict('PARTY_MEMBER_CONFIRMED', 'This registration is confirmed already');
    const [after] = await tx
      .update(partyMemberRegistrations)
      .set({ confirmedAt: now, confirmedBy: actor.id })
      .where(eq(partyMemberRegistrations.id, id))
      .returning();
    if (!after) throw new Error('the registration update returned no row');
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'party_member.confirm',
      entity: 'party_member',
      entityId: id,
      regionCode: after.regionCode,
      before,
      after,
    });
    const year = chinaYearOf(now);
    const [rating] = await tx
      .select({ stars: partyMemberRatings.stars })
      .from(partyMemberRatings)
      .where(and(eq(partyMemberRatings.registrationId, id), eq(partyMemberRatings.year, year)));
    return partyMemberView(after, displayName, phone, year, rating?.stars ?? null);
  });
}

/**
 * Gives a confirmed party member the year's star rating (1–5); rating the year again replaces it. A year
 * still to come cannot be rated.
 */
export async function ratePartyMember(
  deps: VolunteersDeps,
  actor: AuthUser,
  id: string,
  year: number,
  input: { stars: number; note?: string },
) {
  const now = nowOf(deps);
  if (year > chinaYearOf(now)) throw conflict('RATING_YEAR_AHEAD', `${year} has not come yet`);
  return deps.db.transaction(async (tx) => {
    const { r, displayName, phone } = await keptRegistration(tx, actor, id);
    if (!r.confirmedAt)
      throw conflict('PARTY_MEMBER_UNCONFIRMED', 'Confirm the registration before rating it');
    const [before] = await tx
      .select()
      .from(partyMemberRatings)
      .where(and(eq(partyMemberRatings.registrationId, id), eq(partyMemberRatings.year, year)));
    const values = { stars: input.stars, note: input.note?.trim() ?? '', ratedBy: actor.id, ratedAt: now };
    const [after] = await tx
      .insert(partyMemberRatings)
      .values({ registrationId: id, year, ...values })
      .onConflictDoUpdate({
        target: [partyMemberRatings.registrationId, partyMemberRatings.year],
        set: values,
      })
      .returning();
    if (!after) throw new Error('the rating write returned no row');
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'party_member.rate',
      entity: 'party_member',
      entityId: id,
      regionCode: r.regionCode,
      before,
      after,
    });
    return partyMemberView(r, displayName, phone, year, after.stars);
  });
}
