import { eq, inArray } from 'drizzle-orm';
import { latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { HOTLINE_CREW, useTestApp } from '../../test/actors.js';
import { caseFiledAt, MANHOLE, pointIn, STALLS } from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';
import { call, takeCall } from '../../test/tickets.js';
import { cases } from '../cases/cases.tables.js';
import { H3_RESOLUTION } from '../cases/nearby.js';
import { findRecurrences } from './find-recurrences.js';
import { findRepeatCallers } from './find-repeat-callers.js';
import { areaOf } from './hotspot-area.js';

const { t, c } = useTestApp([...HOTLINE_CREW, 'street']);

const DAY_MS = 86_400_000;
const now = Date.now();

/** A report at `at` days ago, closed `closedAfter` days later (left open without it). */
async function reportAt(point: { lat: number; lng: number }, daysAgo: number, closedAfter?: number) {
  const row = await caseFiledAt(t, new Date(now - daysAgo * DAY_MS), {
    categoryCode: MANHOLE,
    description: `井盖 ${daysAgo}`,
    ...point,
  });
  // The finders read when a case was made and closed; the loop that closes it is the case module's.
  if (closedAfter !== undefined) {
    await t.database.db
      .update(cases)
      .set({ status: 'closed', closedAt: new Date(now - (daysAgo - closedAfter) * DAY_MS) })
      .where(eq(cases.id, row.id));
  }
  return row;
}

describe('problems back after closure', () => {
  it('finds the place whose five fixes did not hold, and none of twenty places whose fixes held', async () => {
    const spot = await pointIn(t, c.admin, demo.gridOf(demo.yongchangCommunity));
    // Closed two days after each report, and reported again within the month, five times over.
    const back = [];
    for (const daysAgo of [85, 75, 65, 55, 45]) back.push(await reportAt(spot, daysAgo, 2));
    back.push(await reportAt(spot, 35));
    // Twenty other places, each fixed twice, and neither fix followed by a report within the month.
    const cells = new Set([back[0]?.h3Cell]);
    let quiet = 0;
    for (const community of [demo.yongchangCommunity, demo.yongchangOtherCommunity, demo.qianjinCommunity]) {
      for (let n = 1; n <= 5 && quiet < 20; n++) {
        for (const nudge of [0.0008, -0.0008]) {
          const point = await pointIn(t, c.admin, demo.gridOf(community, n), nudge);
          const cell = latLngToCell(point.lat, point.lng, H3_RESOLUTION);
          if (cells.has(cell) || quiet >= 20) continue;
          cells.add(cell);
          await reportAt(point, 85, 1);
          await reportAt(point, 40, 1);
          quiet++;
        }
      }
    }
    expect(quiet).toBe(20);
    const drafts = await findRecurrences(t.database.db, { end: new Date(now + 60_000) });
    expect(drafts.map((d) => [d.kind, d.subject, d.observed])).toEqual([['recurrence', back[0]?.h3Cell, 5]]);
    const [found] = drafts;
    // The city: 45 closures, 5 came back: (5 + 1) / (45 + 2) a closure; the place's 5 expect 0.64.
    expect(found?.expected).toBeCloseTo((5 * 6) / 47, 10);
    expect(found?.area).toBe(areaOf(back[0]?.h3Cell ?? ''));
    expect(new Set(found?.caseIds)).toEqual(new Set(back.map((b) => b.id)));
  });
});

describe('callers calling again', () => {
  it('finds the caller of five calls about the stalls among twenty who called once, by key alone', async () => {
    const at = await pointIn(t, c.admin, demo.gridOf(demo.yongchangCommunity, 2));
    const mine: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await takeCall(
        t,
        c.hotline,
        call({ categoryCode: STALLS, description: `又来占道了 ${i}`, ...at, callerPhone: '139 0000 1111' }),
      );
      expect(res.statusCode, res.body).toBe(201);
      mine.push(res.json().case.id);
    }
    for (let i = 0; i < 20; i++) {
      const res = await takeCall(
        t,
        c.hotline,
        call({
          categoryCode: STALLS,
          description: `占道 ${i}`,
          ...at,
          callerPhone: `137 0000 ${String(i).padStart(4, '0')}`,
        }),
      );
      expect(res.statusCode, res.body).toBe(201);
    }
    const drafts = await findRepeatCallers(t.database.db, { end: new Date(Date.now() + 60_000) });
    expect(drafts.map((d) => [d.kind, d.categoryCode, d.observed])).toEqual([['repeat_caller', STALLS, 5]]);
    expect(new Set(drafts[0]?.caseIds)).toEqual(new Set(mine));
    // The caller is known by the key's hash alone: the number is not in the proposal.
    expect(JSON.stringify(drafts)).not.toMatch(/139|1111/);
    const [ticketCase] = await t.database.db.select().from(cases).where(inArray(cases.id, mine)).limit(1);
    expect(drafts[0]?.area).toBe(areaOf(ticketCase?.h3Cell ?? ''));
  });
});
