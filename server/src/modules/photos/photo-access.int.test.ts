import { beforeAll, describe, expect, it } from 'vitest';
import { departmentIds, departmentStaff, EVERYONE, useTestApp } from '../../test/actors.js';
import { grid001, newCase, pointIn, takeSteps, uploadPhoto } from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';
import { departmentCalls, newWhistle, reportIn } from '../../test/whistles.js';

/**
 * Photos follow what they show: whoever may read a case reads the photos attached to it, whoever may
 * read a whistle order reads its arrival photos, and a photo attached to nothing is its uploader's.
 * Every role looks at photos attached by every other role.
 */
const { t, c } = useTestApp(EVERYONE);
/** Every demo account, and a member of staff of 市场监管, whom only a whistle order lets in. */
const VIEWERS = [...EVERYONE, 'market'] as const;
type Viewer = (typeof VIEWERS)[number];

/** Photo ids by what they are. */
const photo: Record<string, string> = {};

beforeAll(async () => {
  const dept = await departmentIds(t, c.admin);
  c.market = (await departmentStaff(t, c.admin, 'market-photos', dept.market)).cookie;

  // Case A in 永昌街道's first community: a resident's report, worked by 城管 and checked by the grid worker.
  const inYongchang = await pointIn(t, c.admin, grid001);
  photo.residentReport = await uploadPhoto(t, c.resident);
  photo.gridVerify = await uploadPhoto(t, c.grid);
  photo.departmentFix = await uploadPhoto(t, c.department);
  photo.gridCheck = await uploadPhoto(t, c.grid);
  const caseA = {
    categoryCode: 'E0550',
    description: '井盖丢了',
    ...inYongchang,
    photoIds: [photo.residentReport],
  };
  const a = (await newCase(t, c.resident, caseA)).id;
  await takeSteps(t, c, a, [
    ['grid', 'verify', { note: '属实', photoIds: [photo.gridVerify] }],
    ['dispatcher', 'register'],
    ['shiftlead', 'file'],
    ['dispatcher', 'dispatch'],
    ['department', 'accept'],
    ['department', 'feedback', { note: '已补装', photoIds: [photo.departmentFix] }],
    ['grid', 'check_pass', { photoIds: [photo.gridCheck] }],
  ]);

  // The street whistles 市场监管 to case A; its arrival photo belongs to the order.
  const order = await newWhistle(t, c.street, {
    title: '井盖周边商户排查',
    task: '排查周边商户',
    caseIds: [a],
    calls: departmentCalls(dept, { market: '排查周边商户' }),
  });
  const callId = order.calls[0].id;
  await reportIn(t, c.market, order.order.id, callId, inYongchang);
  const detail = await t.get(`/api/whistles/${order.order.id}`, c.street);
  photo.marketArrival = detail.json().calls[0].arrivalPhotoId;
  expect(photo.marketArrival).toMatch(/^[0-9a-f-]{36}$/);

  // Case B in 前进街道: a courier's report, never dispatched.
  const inQianjin = await pointIn(t, c.admin, demo.gridOf(demo.qianjinCommunity));
  photo.courierReport = await uploadPhoto(t, c.courier);
  await newCase(t, c.courier, {
    categoryCode: 'C0101',
    description: '垃圾满了',
    ...inQianjin,
    photoIds: [photo.courierReport],
  });

  // Uploaded and never attached.
  photo.streetLoose = await uploadPhoto(t, c.street);
  photo.residentLoose = await uploadPhoto(t, c.resident);
});

const DISTRICT: Viewer[] = ['admin', 'leader', 'dispatcher', 'shiftlead', 'hotline'];
const CASE_A: Viewer[] = [...DISTRICT, 'street', 'community', 'grid', 'department', 'market', 'resident'];
const ORDER: Viewer[] = [...DISTRICT, 'street', 'community', 'grid', 'market'];
const CASE_B: Viewer[] = [...DISTRICT, 'community2', 'courier'];

const SEEN_BY: Record<string, Viewer[]> = {
  residentReport: CASE_A,
  gridVerify: CASE_A,
  departmentFix: CASE_A,
  gridCheck: CASE_A,
  marketArrival: ORDER,
  courierReport: CASE_B,
  streetLoose: ['street'],
  residentLoose: ['resident'],
};

describe('who sees which photo', () => {
  for (const [what, seers] of Object.entries(SEEN_BY)) {
    it(`${what}: seen by ${seers.join(', ')}; not found for everyone else`, async () => {
      for (const viewer of VIEWERS) {
        const expected = seers.includes(viewer) ? 200 : 404;
        for (const suffix of ['', '/thumbnail']) {
          const res = await t.get(`/api/photos/${photo[what]}${suffix}`, c[viewer]);
          expect(res.statusCode, `${viewer} reading ${what}${suffix}`).toBe(expected);
        }
      }
    });
  }
});
