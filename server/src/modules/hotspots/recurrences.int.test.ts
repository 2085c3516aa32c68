import { eq } from 'drizzle-orm';
import { latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/actors.js';
import { caseFiledAt, MANHOLE, pointIn } from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';
import { cases } from '../cases/cases.tables.js';
import { H3_RESOLUTION } from '../cases/nearby.js';
import { findRecurrences, gatherReturns, RECURRENCE_DAYS } from './gather-recurrences.js';
import { areaOf } from './hotspot-area.js';
import { type CategoryReturns, MIN_RETURNS, type PlaceCount, returnsAt, WATCH_DAYS } from './recurrences.js';
import { surprise } from './surprise.js';

const { t, c } = useTestApp(['admin']);

const DAY_MS = 86_400_000;
const now = Date.now();

/** A report `daysAgo` days ago, closed `closedAfter` days later (left open without it). */
async function reportAt(point: { lat: number; lng: number }, daysAgo: number, closedAfter?: number) {
  const row = await caseFiledAt(t, new Date(now - daysAgo * DAY_MS), {
    categoryCode: MANHOLE,
    description: `井盖又坏了 ${daysAgo}`,
    ...point,
  });
  // The finder reads when a case was made and closed; the loop that closes it is the case module's.
  if (closedAfter !== undefined) {
    await t.database.db
      .update(cases)
      .set({ status: 'closed', closedAt: new Date(now - (daysAgo - closedAfter) * DAY_MS) })
      .where(eq(cases.id, row.id));
  }
  return row;
}

/** Every place's returns recounted case by case in TypeScript, as `gatherReturns` should find them. */
async function recount(period: { start: number; end: number }) {
  const rows = await t.database.db.select().from(cases);
  const byPlace = new Map<string, typeof rows>();
  for (const r of rows) {
    const t0 = r.createdAt.getTime();
    if (t0 < period.start - WATCH_DAYS * DAY_MS || t0 >= period.end) continue;
    if (r.channel === 'proactive' || r.status === 'rejected' || r.status === 'voided') continue;
    const k = `${r.h3Cell}|${r.categoryCode}`;
    byPlace.set(k, [...(byPlace.get(k) ?? []), r]);
  }
  const categories = new Map<string, CategoryReturns>();
  const places: PlaceCount[] = [];
  let tests = 0;
  for (const [k, list] of byPlace) {
    const [cell = '', category = ''] = k.split('|');
    const at = returnsAt(
      list.map((r) => ({
        id: r.id,
        createdAt: r.createdAt.getTime(),
        closedAt: r.closedAt?.getTime() ?? null,
      })),
      period,
    );
    const total = categories.get(category) ?? { fixes: 0, watched: 0, returns: 0 };
    total.fixes += at.fixes;
    total.watched += at.watched;
    total.returns += at.returns.length;
    categories.set(category, total);
    if (at.fixes >= MIN_RETURNS) tests++;
    if (at.returns.length >= MIN_RETURNS)
      places.push({ cell, category, fixes: at.fixes, watched: at.watched, returns: at.returns.length });
  }
  return { categories, tests, places };
}

describe('problems back after closure', () => {
  it('finds the place whose fixes did not hold, not the places whose fixes held, as the cases recount it', async () => {
    const spot = await pointIn(t, c.admin, demo.gridOf(demo.yongchangCommunity));
    // Closed two days after each report, and reported again 8 days after each closure, five times over;
    // the last report closed too.
    const back = [];
    for (const daysAgo of [85, 75, 65, 55, 45]) back.push(await reportAt(spot, daysAgo, 2));
    back.push(await reportAt(spot, 35, 1));
    const spotCell = back[0]?.h3Cell ?? '';
    // A place where two reports of one broken cover were closed together and it came back once: one fix,
    // one return.
    const cells = new Set([spotCell]);
    const places: { lat: number; lng: number }[] = [];
    for (const community of [demo.yongchangCommunity, demo.yongchangOtherCommunity, demo.qianjinCommunity]) {
      for (let n = 1; n <= 5; n++) {
        for (const nudge of [0.0008, -0.0008]) {
          const point = await pointIn(t, c.admin, demo.gridOf(community, n), nudge);
          const cell = latLngToCell(point.lat, point.lng, H3_RESOLUTION);
          if (cells.has(cell)) continue;
          cells.add(cell);
          places.push(point);
        }
      }
    }
    expect(places.length).toBeGreaterThanOrEqual(22);
    const [dup, open, ...quiet] = places.slice(0, 22);
    if (!dup || !open) throw new Error('no place for the duplicates');
    await reportAt(dup, 60, 2);
    await reportAt(dup, 59, 1);
    await reportAt(dup, 50);
    // A place whose first report is still open: the reports after it are about a problem never fixed.
    await reportAt(open, 70);
    await reportAt(open, 65, 1);
    await reportAt(open, 60);
    // Twenty places fixed twice, neither fix followed by a report within the month.
    for (const point of quiet) {
      await reportAt(point, 85, 1);
      await reportAt(point, 40, 1);
    }

    const end = new Date(now + 60_000);
    const period = { start: end.getTime() - RECURRENCE_DAYS * DAY_MS, end: end.getTime() };
    const gathered = await gatherReturns(t.database.db, period);
    const recounted = await recount(period);
    expect(gathered.tests).toBe(recounted.tests);
    expect(gathered.places).toEqual(
      recounted.places.map((p) => ({ ...p, watched: expect.closeTo(p.watched, 6) })),
    );
    expect([...gathered.categories.keys()].sort()).toEqual([...recounted.categories.keys()].sort());
    for (const [category, total] of recounted.categories) {
      expect(gathered.categories.get(category)).toEqual({
        ...total,
        watched: expect.closeTo(total.watched, 6),
      });
    }
    // By hand: the spot fixed 6 times (its last report closed too), 5 of them back; the duplicates' place
    // fixed once and back; the open place never fixed; the twenty fixed twice each, never back. Tested:
    // the spot and the twenty.
    expect(gathered.tests).toBe(21);
    expect(gathered.categories.get(MANHOLE)).toEqual({
      fixes: 47,
      watched: expect.closeTo(47, 6),
      returns: 6,
    });

    const drafts = await findRecurrences(t.database.db, { end });
    expect(drafts.map((d) => [d.kind, d.subject, d.categoryCode, d.observed])).toEqual([
      ['recurrence', spotCell, MANHOLE, 5],
    ]);
    const [found] = drafts;
    // The rest of the city: 1 of 41 fixes back, one in two added; the spot's 6 fixes.
    const expected = (2 / 43) * 6;
    expect(found?.expected).toBeCloseTo(expected, 10);
    expect(found?.surprise).toBeCloseTo(surprise(5, expected), 10);
    expect(found?.threshold).toBeCloseTo(-Math.log10(0.05 / 21), 10);
    expect(found?.area).toBe(areaOf(spotCell));
    expect(found?.radius).toBe(0);
    expect(found?.windowStart).toEqual(new Date(period.start));
    // The evidence: the fixes that came back and their returns, newest first.
    expect(found?.caseIds).toEqual([...back].reverse().map((b) => b.id));
  });
});
