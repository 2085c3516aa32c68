import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { departmentIds, HOTLINE_CREW, useTestApp } from '../../test/actors.js';
import { act, type Point, pointIn, STALLS } from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';
import { feature, square } from '../../test/region-files.js';
import { expectRollupsEqualRebuild } from '../../test/retrying-phones.js';
import { succeeded } from '../../test/test-app.js';
import { newTicket } from '../../test/tickets.js';
import { newWhistle } from '../../test/whistles.js';
import { hotlineTickets } from '../hotline/hotline.tables.js';
import { drainKpiOutbox } from '../stats/rollup/apply-outbox.js';
import { kpiCaseState } from '../stats/stats.tables.js';
import { caseEvents, caseFollowers, cases } from './cases.tables.js';

/**
 * 重新定位 across a district line: a case is keyed by its district (docs/scaling.md, section 4), so a
 * city dispatcher who places a ticket in the next district moves the case's own rows with it. A case a
 * street whistled about stays where the whistle is, and says so.
 */
const { t, c } = useTestApp([...HOTLINE_CREW, 'street']);

// A second district of the city, far from the demo city's polygons.
const DISTRICT = '220102000000';
const GRID = '220102001001001';
const place = (code: string, name: string, size: number, extra: Record<string, unknown> = {}) =>
  feature(code, name, square(126.2, 44.2, size), extra);

let cityDispatcher: string;
let yongchang: Point;
let nanguan: Point;
beforeAll(async () => {
  succeeded(
    await t.post('/api/regions/import', c.admin, {
      type: 'FeatureCollection',
      features: [
        place(DISTRICT, '南关区', 0.01),
        place('220102001000', '南岭街道', 0.008),
        place('220102001001', '南岭社区', 0.006),
        place(GRID, '南岭社区01网格', 0.004, { gridType: 'basic' }),
      ],
    }),
    'import a second district',
  );
  const password = 'Relocate@2026';
  succeeded(
    await t.post('/api/users', c.admin, {
      username: 'city-dispatcher',
      displayName: '市级派遣员',
      password,
      roles: ['dispatcher'],
      regionCode: demo.city,
    }),
    'create a city dispatcher',
  );
  cityDispatcher = await t.login('city-dispatcher', password);
  yongchang = await pointIn(t, c.admin, demo.gridOf(demo.yongchangCommunity));
  nanguan = await pointIn(t, c.admin, GRID);
});

const districtsOf = async (id: string) => ({
  case: (await t.database.db.select({ d: cases.districtCode }).from(cases).where(eq(cases.id, id))).map(
    (r) => r.d,
  ),
  events: [
    ...new Set(
      (
        await t.database.db
          .select({ d: caseEvents.districtCode })
          .from(caseEvents)
          .where(eq(caseEvents.caseId, id))
      ).map((r) => r.d),
    ),
  ],
  followers: (
    await t.database.db
      .select({ d: caseFollowers.districtCode })
      .from(caseFollowers)
      .where(eq(caseFollowers.caseId, id))
  ).map((r) => r.d),
  ticket: (
    await t.database.db
      .select({ d: hotlineTickets.districtCode })
      .from(hotlineTickets)
      .where(eq(hotlineTickets.caseId, id))
  ).map((r) => r.d),
});

describe('重新定位 into another district', () => {
  it('moves the case, its timeline, followers, ticket and rollup state to the new district', async () => {
    const taken = await newTicket(t, c.hotline, {
      categoryCode: STALLS,
      description: '来电反映',
      ...yongchang,
    });
    const id = taken.case.id as string;
    expect(await districtsOf(id)).toEqual({
      case: [demo.district],
      events: [demo.district],
      followers: [demo.district],
      ticket: [demo.district],
    });
    const res = await act(t, cityDispatcher, id, 'relocate', {
      note: '来电人所说的是南关区',
      place: nanguan,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().case).toMatchObject({ gridCode: GRID, streetCode: '220102001000' });
    expect(await districtsOf(id)).toEqual({
      case: [DISTRICT],
      events: [DISTRICT],
      followers: [DISTRICT],
      ticket: [DISTRICT],
    });
    // A test app runs no rollup worker: drain the outbox as the worker would, then compare with a rebuild.
    await drainKpiOutbox(t.database.db);
    await expectRollupsEqualRebuild(t.database.db);
    const [state] = await t.database.db
      .select({ d: kpiCaseState.districtCode, region: kpiCaseState.regionCode })
      .from(kpiCaseState)
      .where(eq(kpiCaseState.caseId, id));
    expect(state).toEqual({ d: DISTRICT, region: GRID });
  });

  it('refuses to move a case a street whistled about, and leaves it where it was', async () => {
    const dept = await departmentIds(t, c.admin);
    const taken = await newTicket(t, c.hotline, {
      categoryCode: STALLS,
      description: '占道经营',
      ...yongchang,
    });
    const id = taken.case.id as string;
    await newWhistle(t, c.street, {
      caseIds: [id],
      calls: [{ departmentId: dept.chengguan, task: '占道经营' }],
    });
    const res = await act(t, cityDispatcher, id, 'relocate', { note: '南关区', place: nanguan });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error.code).toBe('TIED_TO_DISTRICT');
    expect((await districtsOf(id)).case).toEqual([demo.district]);
  });
});
