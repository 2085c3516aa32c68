import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { toAuthUser } from '../modules/auth/auth-user.js';
import { CalendarService } from '../modules/calendar/calendar.service.js';
import { caseDeps } from '../modules/cases/case-deps.js';
import { cases } from '../modules/cases/cases.tables.js';
import { intakeCase } from '../modules/cases/intake.js';
import { areaAt, areaOf } from '../modules/hotspots/hotspot-area.js';
import { changchunChaoyang } from '../modules/regions/demo-city/demo-division.js';
import type { RegionsService } from '../modules/regions/regions.service.js';
import { users } from '../modules/users/users.tables.js';
import { historyPlaces } from './demo-history/history-places.js';

const HOUR_MS = 3_600_000;
/**
 * Couriers whose rounds pass the market, who report it as they ride by (随手拍): accounts of their own, so
 * the demo accounts' lists stay as the guide describes them. Their reports are not complaints, so a
 * proactive case opened on them still comes before any complaint there (未诉先办).
 */
const MARKET_COURIERS = [
  { username: 'market.courier1', displayName: '快递员（菜市场片区）甲' },
  { username: 'market.courier2', displayName: '快递员（菜市场片区）乙' },
  { username: 'market.courier3', displayName: '外卖骑手（菜市场片区）' },
];

/** The named reporters, or the market's couriers (made as the history makes its people) when none are named. */
async function reportersOf(db: Db, named: readonly string[] | undefined) {
  if (!named) {
    const [admin] = await db
      .select({ hash: users.passwordHash })
      .from(users)
      .where(eq(users.username, 'admin'));
    if (!admin) throw new Error('The demo city has no administrator');
    await db
      .insert(users)
      .values(
        MARKET_COURIERS.map((r) => ({
          ...r,
          passwordHash: admin.hash,
          roles: ['courier'],
          regionCode: changchunChaoyang.district.code,
        })),
      )
      .onConflictDoNothing();
  }
  const usernames = named ?? MARKET_COURIERS.map((r) => r.username);
  const people = await db
    .select()
    .from(users)
    .where(inArray(users.username, [...usernames]));
  if (people.length === 0) throw new Error(`None of the reporters ${usernames.join(', ')} exists`);
  return people;
}

/** The stalls of 永昌街道's morning market spilling onto the road, reported again and again this week. */
export const DEMO_HOTSPOT = {
  street: '永昌街道',
  categoryCode: 'E0450',
  reports: [
    '早市摊位占了整条人行道，推婴儿车过不去',
    '菜市场西口又有流动摊点占道，早上堵得厉害',
    '卖水果的三轮车停在路中间经营',
    '早市摊贩把摊子摆到机动车道上了',
    '市场门口占道经营，垃圾也没人收',
    '人行道被早点摊占满，只能走机动车道',
    '摊位越摆越多，消防通道都堵住了',
    '早市散了以后摊位还在路上',
    '占道经营又回来了，比上周还多',
  ],
} as const;

/**
 * The first grid of 永昌街道 whose area has had no report of the category: there the week's reports are
 * news, and a proactive case opened on them comes before any complaint.
 */
async function quietGrid(db: Db) {
  const grids = historyPlaces()
    .find((s) => s.name === DEMO_HOTSPOT.street)
    ?.communities.flatMap((c) => c.grids);
  if (!grids?.length) throw new Error(`The demo city lacks ${DEMO_HOTSPOT.street}`);
  const seen = await db
    .select({ cell: cases.h3Cell })
    .from(cases)
    .where(eq(cases.categoryCode, DEMO_HOTSPOT.categoryCode));
  const taken = new Set(seen.map((c) => areaOf(c.cell)));
  const middleOf = (g: (typeof grids)[number]) => ({
    lat: (g.rect.north + g.rect.south) / 2,
    lng: (g.rect.west + g.rect.east) / 2,
  });
  const quiet = grids.find((g) => {
    const m = middleOf(g);
    return !taken.has(areaAt(m.lat, m.lng));
  });
  return quiet ?? (grids[0] as (typeof grids)[number]);
}

/**
 * `count` points within twenty metres of `middle`, each in the hotspot area the server counts the middle
 * in, so the reports are one place.
 */
export function pointsAround(middle: { lat: number; lng: number }, count: number) {
  const area = areaAt(middle.lat, middle.lng);
  return Array.from({ length: count }, (_, i) => {
    const p = { lat: middle.lat + ((i % 3) - 1) * 0.0001, lng: middle.lng + ((i % 5) - 2) * 0.0001 };
    return areaAt(p.lat, p.lng) === area ? p : middle;
  });
}

/**
 * Plants one hotspot in the demo city's history: couriers reporting the morning market's stalls on the
 * road in 永昌街道 over the last four days, at a place where the history has none of it. The detector finds it as it would any growing cluster; the hotspots page has something to show.
 * Each report goes through intake with the clock at its moment, like the rest of the history.
 */
export async function plantDemoHotspot(
  deps: { db: Db; regions: RegionsService },
  now: Date,
  reporters?: readonly string[],
): Promise<number> {
  const grid = await quietGrid(deps.db);
  const people = await reportersOf(deps.db, reporters);
  // Around the middle of the grid, within twenty metres and in the same area cell, so every report is
  // one place and inside 永昌街道.
  const middle = { lat: (grid.rect.north + grid.rect.south) / 2, lng: (grid.rect.west + grid.rect.east) / 2 };
  const points = pointsAround(middle, DEMO_HOTSPOT.reports.length);
  const calendar = await CalendarService.load(deps.db);
  let clock = now.getTime();
  const withClock = { ...caseDeps(deps.db, deps.regions, calendar), now: () => new Date(clock) };
  let planted = 0;
  for (const [i, description] of DEMO_HOTSPOT.reports.entries()) {
    clock = now.getTime() - (96 - i * 10) * HOUR_MS;
    const reporter = toAuthUser(people[i % people.length] as (typeof people)[number]);
    await intakeCase(
      withClock,
      reporter,
      {
        categoryCode: DEMO_HOTSPOT.categoryCode,
        description,
        ...(points[i] ?? middle),
        address: '永昌街道菜市场西口',
      },
      `demo-hotspot-${i}`,
    );
    planted++;
  }
  return planted;
}
