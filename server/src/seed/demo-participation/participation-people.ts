import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { districtCodeOf } from '../../lib/codes/region-code.js';
import { type AuthUser, toAuthUser, type UserRecord } from '../../modules/auth/auth-user.js';
import { users } from '../../modules/users/users.tables.js';
import { households, residentVerifications } from '../../modules/voters/voters.tables.js';
import { partnerUnits } from '../../modules/whistle/whistle.tables.js';
import { DEMO_RESIDENT, type ResidentRef } from './participation-plan.js';
import { PARTNER_UNITS, residentName } from './participation-texts.js';

/** Who takes part in a year of participation, as the services need them. */
export interface ParticipationCast {
  /** The community's staff (the demo `community` account for its own community, the street's elsewhere). */
  staffFor(community: string): AuthUser;
  /** The street's staff, who sign close-outs off. */
  street: AuthUser;
  resident(ref: ResidentRef): AuthUser;
  partnerUnitIds: string[];
}

/** A resident the plan names: a new account to make, or one that is there already. */
export type Participant =
  | { ref: ResidentRef; community: string; username: string; displayName: string }
  | { ref: ResidentRef; community: string; user: UserRecord };

/** The plan's residents of each community: `<community>:<n>`, named in order. */
export function residentsToMake(
  communities: readonly string[],
  perCommunity: number,
  username: (c: number, n: number, community: string) => string,
): Participant[] {
  return communities.flatMap((community, c) =>
    Array.from({ length: perCommunity }, (_, n) => ({
      ref: `${community}:${n}`,
      community,
      username: username(c, n, community),
      displayName: residentName(c * perCommunity + n),
    })),
  );
}

/**
 * Makes the residents in bulk, each verified against a household of their own in their community (by
 * door code, the way a resident verifies without a grid worker), and the street's alliance of partner
 * units. The demo city and the city generator both enrol their people so.
 */
export async function enrolParticipants(
  db: Db,
  o: {
    street: string;
    people: readonly Participant[];
    passwordHash: string;
    active: boolean;
    at: Date;
  },
): Promise<{ people: Map<ResidentRef, AuthUser>; partnerUnitIds: string[] }> {
  const newcomers = o.people.filter((p) => 'username' in p);
  const made =
    newcomers.length === 0
      ? []
      : await db
          .insert(users)
          .values(
            newcomers.map((p) => ({
              username: p.username,
              displayName: p.displayName,
              passwordHash: o.passwordHash,
              roles: ['resident'],
              regionCode: p.community,
              active: o.active,
              createdAt: o.at,
            })),
          )
          .returning();
  const byUsername = new Map(made.map((u) => [u.username, u]));
  const entries = o.people.map((p) => ({
    ...p,
    record: 'user' in p ? p.user : (byUsername.get(p.username) as UserRecord),
  }));
  const taken = new Map<string, number>();
  const homes =
    entries.length === 0
      ? []
      : await db
          .insert(households)
          .values(
            entries.map((p) => {
              // One door each in its community: the registry keeps a place once.
              const n = (taken.get(p.community) ?? 0) + 1;
              taken.set(p.community, n);
              return {
                districtCode: districtCodeOf(p.community),
                regionCode: p.community,
                placeLabel: `${Math.ceil(n / 6)}号楼${((n - 1) % 2) + 1}单元${100 * (((n - 1) % 6) + 1) + 1}`,
                createdAt: o.at,
              };
            }),
          )
          .returning({ id: households.id, regionCode: households.regionCode });
  if (entries.length > 0)
    await db.insert(residentVerifications).values(
      entries.map((p, i) => ({
        userId: p.record.id,
        householdId: homes[i]?.id ?? '',
        regionCode: homes[i]?.regionCode ?? '',
        method: 'door_code' as const,
        verifiedAt: o.at,
      })),
    );
  const units = await db
    .insert(partnerUnits)
    .values(
      PARTNER_UNITS.map(([name, kind]) => ({
        districtCode: districtCodeOf(o.street),
        name,
        kind,
        regionCode: o.street,
        createdAt: o.at,
      })),
    )
    .returning({ id: partnerUnits.id });
  return {
    people: new Map(entries.map((p) => [p.ref, toAuthUser(p.record)])),
    partnerUnitIds: units.map((u) => u.id),
  };
}

/** A cast over enrolled people: the community's own staff where there is one, the street's elsewhere. */
export function castOf(
  enrolled: { people: Map<ResidentRef, AuthUser>; partnerUnitIds: string[] },
  staff: { street: AuthUser; community?: AuthUser },
): ParticipationCast {
  const community = staff.community;
  return {
    staffFor: (code) =>
      community?.jurisdiction.kind === 'region' && community.jurisdiction.regionCode === code
        ? community
        : staff.street,
    resident(ref) {
      const who = enrolled.people.get(ref);
      if (!who) throw new Error(`no resident ${ref} in the year`);
      return who;
    },
    street: staff.street,
    partnerUnitIds: enrolled.partnerUnitIds,
  };
}

/**
 * The demo year's people: residents of each community of the street, the demo resident among them in
 * their community, and the street's alliance.
 */
export async function gatherParticipationCast(
  db: Db,
  o: { street: string; communities: readonly string[]; residentsPerCommunity: number; at: Date },
): Promise<ParticipationCast> {
  const demo = await db
    .select()
    .from(users)
    .where(inArray(users.username, ['resident', 'community', 'street']));
  const named = (username: string) => {
    const u = demo.find((row) => row.username === username);
    if (!u) throw new Error(`the demo city lacks the ${username} account`);
    return u;
  };
  const people: Participant[] = [
    ...residentsToMake(
      o.communities,
      o.residentsPerCommunity,
      (c, n) => `yc${String(c + 1).padStart(2, '0')}r${String(n + 1).padStart(2, '0')}`,
    ),
    { ref: DEMO_RESIDENT, community: o.communities[0] as string, user: named('resident') },
  ];
  const enrolled = await enrolParticipants(db, {
    street: o.street,
    people,
    // The demo password, like every demo account: anyone trying the demo may sign in as one.
    passwordHash: named('resident').passwordHash,
    active: true,
    at: o.at,
  });
  return castOf(enrolled, { street: toAuthUser(named('street')), community: toAuthUser(named('community')) });
}

/** Whether the demo year is already there: a second start must not add another. */
export async function participationSeeded(db: Db): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'yc01r01')).limit(1);
  return row !== undefined;
}
