import { count, eq, like, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { keyRingOf, newKey } from '../../lib/personal-data/key-ring.js';
import { unseal } from '../../lib/personal-data/seal.js';
import { toAuthUser } from '../../modules/auth/auth-user.js';
import { CalendarService } from '../../modules/calendar/calendar.service.js';
import { careDue } from '../../modules/care/care-due.js';
import { caseDeps } from '../../modules/cases/case-deps.js';
import { listErrands } from '../../modules/errands/errands.js';
import { disputeCounts } from '../../modules/mediation/mediation.js';
import { patrolCalendar } from '../../modules/patrols/patrol-month.js';
import { patrols } from '../../modules/patrols/patrols.tables.js';
import { RegionsService } from '../../modules/regions/regions.service.js';
import { registryHouseholds, registryResidents } from '../../modules/registry/registry.tables.js';
import { ledBuildings } from '../../modules/registry/registry-office.js';
import { users } from '../../modules/users/users.tables.js';
import { useTestDatabase } from '../../test/actors.js';
import { type DemoFieldworkSummary, seedDemoFieldwork } from './seed-demo-fieldwork.js';

// A fixed "now": the month is the same on every run.
const NOW = new Date('2026-11-20T02:00:00Z');
const COMMUNITY = '220104004001';
const keys = keyRingOf(newKey());
const database = useTestDatabase();
let summary: DemoFieldworkSummary | null;
let calendar: CalendarService;

beforeAll(async () => {
  calendar = await CalendarService.load(database.db);
  summary = await seedDemoFieldwork({ db: database.db, keys, calendar: calendar.current() }, { now: NOW });
}, 240_000);

describe('义和社区’s field work in the demo city', () => {
  it('has about 380 households a grid, as seed 000 counts them, with their people', async () => {
    expect(summary).not.toBeNull();
    const perGrid = await database.db
      .select({ grid: registryHouseholds.regionCode, n: count() })
      .from(registryHouseholds)
      .where(like(registryHouseholds.regionCode, `${COMMUNITY}%`))
      .groupBy(registryHouseholds.regionCode);
    expect(perGrid.length).toBe(summary?.grids);
    for (const g of perGrid) expect(Number(g.n)).toBe(384);
    expect(summary?.residents).toBeGreaterThan((summary?.households ?? 0) * 2);
    expect(summary?.underCare).toBeGreaterThan(0);
  });

  it('keeps ID numbers sealed: no 18-digit number in the raw rows, and the key opens them', async () => {
    const raw = await database.db.execute(sql`select * from registry_residents limit 500`);
    expect(JSON.stringify(raw.rows)).not.toMatch(/\d{17}[\dX]/);
    const [one] = await database.db.select().from(registryResidents).limit(1);
    expect(unseal(keys, 'id_number', one?.idNumberSealed ?? '')).toMatch(/^220104\d{11}[\dX]$/);
  });

  it('has a month of 一日两巡 with a missed patrol now and then, for the calendar to flag', async () => {
    expect(summary?.patrols).toBeGreaterThan((summary?.grids ?? 0) * 30);
    const [staff] = await database.db.select().from(users).where(eq(users.username, 'community'));
    if (!staff) throw new Error('no demo community staff');
    const month = await patrolCalendar(
      { ...caseDeps(database.db, await RegionsService.load(database.db), calendar), now: () => NOW },
      toAuthUser(staff),
      { month: '2026-11', regionCode: COMMUNITY },
    );
    const days = month.workers.flatMap((w) => w.days);
    expect(days.filter((d) => d.state === 'met').length).toBeGreaterThan(
      days.filter((d) => d.state === 'missed').length,
    );
    expect(days.some((d) => d.state === 'missed')).toBe(true);
    const [one] = await database.db.select().from(patrols).limit(1);
    expect(one?.trackPoints).toBeGreaterThan(100);
  });

  it('has care visits at each group’s rhythm, some fallen overdue', async () => {
    const due = await careDue(
      { db: database.db, regions: await RegionsService.load(database.db), now: () => NOW },
      COMMUNITY,
    );
    expect(due.length).toBe(summary?.underCare);
    const overdue = due.filter((d) => d.overdue).length;
    expect(overdue).toBeGreaterThan(0);
    expect(overdue).toBeLessThan(due.length / 3);
  });

  it('has errands and disputes at every stage; the demo resident leads a building and follows her errand', async () => {
    expect(summary).toMatchObject({ errands: 3, disputes: 3 });
    const [resident] = await database.db.select().from(users).where(eq(users.username, 'resident'));
    if (!resident) throw new Error('no demo resident');
    const deps = {
      ...caseDeps(database.db, await RegionsService.load(database.db), calendar),
      now: () => NOW,
    };
    const mine = await listErrands(deps, toAuthUser(resident), {});
    expect(mine.map((e) => [e.kind, e.state])).toEqual([['senior_card', 'submitted']]);
    expect(mine[0]?.forName).not.toContain('秀英');
    const led = await ledBuildings(database.db, toAuthUser(resident));
    expect(led).toHaveLength(1);
    expect(led[0]?.regionCode.startsWith(COMMUNITY)).toBe(true);
    const [staff] = await database.db.select().from(users).where(eq(users.username, 'community'));
    if (!staff) throw new Error('no demo community staff');
    const counts = await disputeCounts(deps, toAuthUser(staff), COMMUNITY);
    expect(counts.reduce((s, c) => s + c.open + c.agreed + c.failed, 0)).toBe(3);
  });

  it('is seeded once', async () => {
    expect(
      await seedDemoFieldwork({ db: database.db, keys, calendar: calendar.current() }, { now: NOW }),
    ).toBeNull();
  });
});
