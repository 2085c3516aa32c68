import { inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { HOTLINE_CREW, useTestApp } from '../../test/actors.js';
import { MANHOLE, pointIn, STALLS } from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';
import { call, takeCall } from '../../test/tickets.js';
import { cases } from '../cases/cases.tables.js';
import { CALLER_DAYS, findRepeatCallers, gatherCalls } from './gather-repeat-callers.js';
import { areaOf } from './hotspot-area.js';
import { surprise } from './surprise.js';

const { t, c } = useTestApp([...HOTLINE_CREW]);

const DAY_MS = 86_400_000;

async function calls(n: number, phone: string, categoryCode: string, at: { lat: number; lng: number }) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const res = await takeCall(
      t,
      c.hotline,
      call({ categoryCode, description: `又来了 ${phone} ${i}`, ...at, callerPhone: phone }),
    );
    expect(res.statusCode, res.body).toBe(201);
    ids.push(res.json().case.id);
  }
  return ids;
}

describe('callers calling again', () => {
  it('finds the caller of five calls about the stalls, not the callers of one or two, by key alone', async () => {
    const first = await pointIn(t, c.admin, demo.gridOf(demo.yongchangCommunity, 1));
    const latest = await pointIn(t, c.admin, demo.gridOf(demo.yongchangCommunity, 2));
    const mine = [
      ...(await calls(4, '139 0000 1111', STALLS, first)),
      ...(await calls(1, '13900001111', STALLS, latest)),
    ];
    // The same caller once about something else; one caller twice; nineteen once.
    await calls(1, '139 0000 1111', MANHOLE, first);
    await calls(2, '137 1111 0000', STALLS, first);
    for (let i = 0; i < 19; i++) await calls(1, `137 0000 ${String(i).padStart(4, '0')}`, STALLS, first);

    const end = new Date(Date.now() + 60_000);
    const gathered = await gatherCalls(t.database.db, {
      start: end.getTime() - CALLER_DAYS * DAY_MS,
      end: end.getTime(),
    });
    // By hand: 21 callers made 26 calls about the stalls, 1 caller 1 call about the manhole; 22 tests.
    expect(gathered.categories.get(STALLS)).toEqual({ callers: 21, calls: 26 });
    expect(gathered.categories.get(MANHOLE)).toEqual({ callers: 1, calls: 1 });
    expect(gathered.tests).toBe(22);
    expect(gathered.callers.map((x) => [x.category, x.calls])).toEqual([[STALLS, 5]]);

    const drafts = await findRepeatCallers(t.database.db, { end });
    expect(drafts.map((d) => [d.kind, d.categoryCode, d.observed, d.radius])).toEqual([
      ['repeat_caller', STALLS, 5, 0],
    ]);
    const [found] = drafts;
    // The rest: 20 callers, one extra call among them, one added to each: 2 / 21 extra calls expected.
    expect(found?.expected).toBeCloseTo(1 + 2 / 21, 10);
    expect(found?.surprise).toBeCloseTo(surprise(4, 2 / 21), 10);
    expect(found?.threshold).toBeCloseTo(-Math.log10(0.05 / 22), 10);
    // The evidence: the five calls' cases, newest first; the place is that of the latest.
    expect(found?.caseIds).toEqual([...mine].reverse());
    const [last] = await t.database.db
      .select()
      .from(cases)
      .where(inArray(cases.id, [mine[4] ?? '']));
    expect(found?.area).toBe(areaOf(last?.h3Cell ?? ''));
    // The caller is known by the key alone: the number is nowhere in the proposal.
    expect(found?.subject).toMatch(/^[0-9a-f]{16,}$/);
    expect(JSON.stringify(drafts)).not.toMatch(/139|1111/);
  });

  it('finds nobody in a window before the calls', async () => {
    const drafts = await findRepeatCallers(t.database.db, {
      end: new Date(Date.now() - CALLER_DAYS * DAY_MS),
    });
    expect(drafts).toEqual([]);
  });
});
