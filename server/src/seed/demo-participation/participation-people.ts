import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { districtCodeOf } from '../../lib/codes/region-code.js';
import { type AuthUser, toAuthUser } from '../../modules/auth/auth-user.js';
import { users } from '../../modules/users/users.tables.js';
import { households, residentVerifications } from '../../modules/voters/voters.tables.js';
import { partnerUnits } from '../../modules/whistle/whistle.tables.js';
import { DEMO_RESIDENT, type ResidentRef } from './participation-plan.js';
import { PARTNER_UNITS, residentName } from './participation-texts.js';

/** Who takes part in the demo year, as the services need them. */
export interface ParticipationCast {
  /** The community's staff (the demo `community` account for its own community, the street's elsewhere). */
  staffFor(community: string): AuthUser;
  /** The street's staff, who sign close-outs off. */
  street: AuthUser;
  resident(ref: ResidentRef): AuthUser;
  partnerUnitIds: string[];
}

/**
 * Makes the people of the year in bulk: residents of each community of the street, each verified against
 * a household of their own (by door code, the way a resident verifies without a grid worker), the demo
 * resident among them in their community; and the street's alliance of partner units.
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
  const made = await db
    .insert(users)
    .values(
      o.communities.flatMap((community, c) =>
        Array.from({ length: o.residentsPerCommunity }, (_, n) => ({
          username: `yc${String(c + 1).padStart(2, '0')}r${String(n + 1).padStart(2, '0')}`,
          displayName: residentName(c * o.residentsPerCommunity + n),
          // The demo password, like every demo account: anyone trying the demo may sign in as one.
          passwordHash: named('resident').passwordHash,
          roles: ['resident'],
          regionCode: community,
          createdAt: o.at,
        })),
      ),
    )
    .returning();
  const refs = new Map<ResidentRef, (typeof made)[number]>();
  o.communities.forEach((community, c) => {
    for (let n = 0; n < o.residentsPerCommunity; n++) {
      const row = made[c * o.residentsPerCommunity + n];
      if (row) refs.set(`${community}:${n}`, row);
    }
  });
  const demoResident = named('resident');
  refs.set(DEMO_RESIDENT, demoResident);
  const home = (ref: ResidentRef) =>
    ref === DEMO_RESIDENT ? (o.communities[0] as string) : (ref.split(':')[0] as string);
  const entries = [...refs.entries()];
  const taken = new Map<string, number>();
  const homes = await db
    .insert(households)
    .values(
      entries.map(([ref]) => {
        // One door each in its community: the registry keeps a place once.
        const n = (taken.get(home(ref)) ?? 0) + 1;
        taken.set(home(ref), n);
        return {
          districtCode: districtCodeOf(home(ref)),
          regionCode: home(ref),
          placeLabel: `${Math.ceil(n / 6)}号楼${((n - 1) % 2) + 1}单元${100 * (((n - 1) % 6) + 1) + 1}`,
          createdAt: o.at,
        };
      }),
    )
    .returning({ id: households.id, regionCode: households.regionCode });
  await db.insert(residentVerifications).values(
    entries.map(([, user], i) => ({
      userId: user.id,
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
  const people = new Map([...refs].map(([ref, u]) => [ref, toAuthUser(u)]));
  const community = toAuthUser(named('community'));
  const street = toAuthUser(named('street'));
  return {
    staffFor: (code) =>
      community.jurisdiction.kind === 'region' && community.jurisdiction.regionCode === code
        ? community
        : street,
    resident(ref) {
      const who = people.get(ref);
      if (!who) throw new Error(`no resident ${ref} in the demo year`);
      return who;
    },
    street,
    partnerUnitIds: units.map((u) => u.id),
  };
}

/** Whether the demo year is already there: a second start must not add another. */
export async function participationSeeded(db: Db): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'yc01r01')).limit(1);
  return row !== undefined;
}
