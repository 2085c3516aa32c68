import { and, count, eq, inArray, isNotNull, like, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { toAuthUser } from '../../modules/auth/auth-user.js';
import {
  communityProjectEvents,
  communityProjects,
} from '../../modules/community-lists/community-lists.tables.js';
import {
  deliberations,
  deliberationVotes,
  voteBallots,
  voteVoters,
} from '../../modules/deliberations/deliberations.tables.js';
import { balanceOf } from '../../modules/points/balance.js';
import { userAccount } from '../../modules/points/ledger.js';
import { pointEntries } from '../../modules/points/points.tables.js';
import { listShop } from '../../modules/points-shop/items.js';
import { RegionsService } from '../../modules/regions/regions.service.js';
import { users } from '../../modules/users/users.tables.js';
import { volunteerSignups, volunteerTeams } from '../../modules/volunteers/volunteers.tables.js';
import { microWishes } from '../../modules/wishes/wishes.tables.js';
import { useTestDatabase } from '../../test/actors.js';
import { demo } from '../../test/demo-places.js';
import { type DemoParticipationSummary, seedDemoParticipation } from './seed-demo-participation.js';

// A fixed "now": the year is the same on every run.
const NOW = new Date('2026-11-20T02:00:00Z');
const database = useTestDatabase();
let summary: DemoParticipationSummary | null;

const inStreet = (column: Parameters<typeof like>[0]) => like(column, `${demo.yongchang.slice(0, 9)}%`);
const howMany = async (query: Promise<{ n: number }[]>) => (await query)[0]?.n ?? 0;

beforeAll(async () => {
  const regions = await RegionsService.load(database.db);
  summary = await seedDemoParticipation({ db: database.db, regions }, { now: NOW });
}, 240_000);

describe('the demo city’s year of participation in 永昌街道', () => {
  it('has seed 000’s proportions: 154 projects, 32 deliberations, 23 volunteer teams', async () => {
    const db = database.db;
    expect(summary).toMatchObject({ projects: 154, deliberations: 32, teams: 23 });
    expect(
      await howMany(
        db.select({ n: count() }).from(communityProjects).where(inStreet(communityProjects.regionCode)),
      ),
    ).toBe(154);
    expect(
      await howMany(db.select({ n: count() }).from(deliberations).where(inStreet(deliberations.regionCode))),
    ).toBe(32);
    expect(
      await howMany(
        db.select({ n: count() }).from(volunteerTeams).where(inStreet(volunteerTeams.regionCode)),
      ),
    ).toBe(23);
  });

  it('spreads the projects over the lists’ states: claimed by partners, fallen to the community, closed out', async () => {
    const db = database.db;
    const rows = await db
      .select({ state: communityProjects.state, n: count(), fallen: count(communityProjects.fallenAt) })
      .from(communityProjects)
      .groupBy(communityProjects.state);
    const states = Object.fromEntries(rows.map((r) => [r.state, r.n]));
    expect(states.closed_out).toBeGreaterThan(30);
    expect(states.in_progress).toBeGreaterThan(10);
    expect(states.open_for_claim).toBeGreaterThan(0);
    expect(rows.reduce((s, r) => s + r.fallen, 0)).toBeGreaterThan(10);
    // Every closed-out project has its evidence and sign-off on its timeline.
    const signOffs = await howMany(
      db
        .select({ n: count() })
        .from(communityProjectEvents)
        .where(eq(communityProjectEvents.action, 'sign_off')),
    );
    expect(signOffs).toBe(states.closed_out);
  });

  it('counts each closed vote’s ballots as its module did, one ballot per voter', async () => {
    const db = database.db;
    const closed = await db.select().from(deliberationVotes).where(eq(deliberationVotes.state, 'closed'));
    expect(closed.length).toBeGreaterThan(20);
    for (const vote of closed) {
      const cast = await howMany(
        db.select({ n: count() }).from(voteBallots).where(eq(voteBallots.voteId, vote.id)),
      );
      const voters = await howMany(
        db.select({ n: count() }).from(voteVoters).where(eq(voteVoters.voteId, vote.id)),
      );
      expect(cast).toBe(voters);
      expect((vote.forCount ?? 0) + (vote.againstCount ?? 0) + (vote.abstainCount ?? 0)).toBe(cast);
    }
    const states = await db.select({ state: deliberations.state }).from(deliberations);
    // Most are done with; the latest stand part way (on the board, voting or just proposed).
    const seen = new Set(states.map((s) => s.state));
    expect(seen.has('closed')).toBe(true);
    expect(seen.size).toBeGreaterThanOrEqual(3);
  });

  it('keeps the ledger balanced: every transfer sums to zero', async () => {
    const db = database.db;
    const unbalanced = await db
      .select({ transferId: pointEntries.transferId })
      .from(pointEntries)
      .groupBy(pointEntries.transferId)
      .having(sql`sum(${pointEntries.amount}) <> 0`);
    expect(unbalanced).toEqual([]);
    const hours = await db
      .select({ minutes: sql<number>`coalesce(sum(${volunteerSignups.minutes}), 0)::int` })
      .from(volunteerSignups)
      .where(isNotNull(volunteerSignups.verifiedAt));
    expect(Math.round((hours[0]?.minutes ?? 0) / 60)).toBe(summary?.volunteerHours);
  });

  it('gives the demo resident a verified household, votes, wishes, hours and points', async () => {
    const db = database.db;
    const [resident] = await db.select().from(users).where(eq(users.username, 'resident'));
    if (!resident) throw new Error('no demo resident');
    expect(await balanceOf(db, userAccount(resident.id))).toBeGreaterThan(0);
    expect(
      await howMany(db.select({ n: count() }).from(voteVoters).where(eq(voteVoters.voterId, resident.id))),
    ).toBeGreaterThan(3);
    const wishes = await db.select().from(microWishes).where(eq(microWishes.wisherId, resident.id));
    expect(wishes.map((w) => w.state).sort()).toEqual(['approved', 'confirmed']);
    const served = await db
      .select({ n: count() })
      .from(volunteerSignups)
      .where(and(eq(volunteerSignups.userId, resident.id), isNotNull(volunteerSignups.verifiedAt)));
    expect(served[0]?.n).toBeGreaterThan(0);
    const others = await db
      .select({ id: users.id })
      .from(users)
      .where(inArray(users.username, ['yc01r01', 'yc02r01']));
    expect(others).toHaveLength(2);
  });

  it('stocks the demo resident’s points shop with items they can afford', async () => {
    const db = database.db;
    const [resident] = await db.select().from(users).where(eq(users.username, 'resident'));
    if (!resident) throw new Error('no demo resident');
    const regions = await RegionsService.load(db);
    const shop = await listShop({ db, regions }, toAuthUser(resident), {});
    expect(shop.items.length).toBeGreaterThanOrEqual(6);
    const balance = await balanceOf(db, userAccount(resident.id));
    expect(shop.items.some((i) => i.stock > 0 && i.points <= balance)).toBe(true);
    expect(summary?.shopItems).toBeGreaterThanOrEqual(6);
  });

  it('is seeded once: a second start adds nothing', async () => {
    const regions = await RegionsService.load(database.db);
    expect(await seedDemoParticipation({ db: database.db, regions }, { now: NOW })).toBeNull();
  });
});
