import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, pointIn, report, uploadPhoto } from '../../test/case-helpers.js';
import { demo } from '../../test/demo-places.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { departmentIds, departmentStaff, issueWhistle, reportIn } from '../../test/whistle-helpers.js';

/**
 * Photos follow what they show: whoever may read a case reads the photos attached to it, whoever may
 * read a whistle order reads its arrival photos, and a photo attached to nothing is its uploader's.
 * Every role looks at photos attached by every other role.
 */
let t: TestApp;
let c: Record<string, string> = {};
const VIEWERS = [
  'admin',
  'leader',
  'dispatcher',
  'shiftlead',
  'hotline',
  'street',
  'community',
  'community2',
  'grid',
  'department',
  'market',
  'resident',
  'courier',
] as const;
type Viewer = (typeof VIEWERS)[number];

/** Photo ids by what they are. */
const photo: Record<string, string> = {};

const ok = (res: { statusCode: number; body: string }, what: string) => {
  if (res.statusCode >= 300) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
  return res;
};

beforeAll(async () => {
  t = await createTestApp();
  c = await t.loginAll(VIEWERS.filter((v) => v !== 'market'));
  const dept = await departmentIds(t, c.admin as string);
  c.market = (await departmentStaff(t, c.admin as string, 'market-photos', dept.market as string)).cookie;

  // Case A in 永昌街道's first community: a resident's report, worked by 城管 and checked by the grid worker.
  const inYongchang = await pointIn(t, c.admin as string, demo.gridOf(demo.yongchangCommunity));
  photo.residentReport = await uploadPhoto(t, c.resident as string);
  const a = ok(
    await report(t, c.resident as string, {
      categoryCode: 'E0550',
      description: '井盖丢了',
      ...inYongchang,
      photoIds: [photo.residentReport],
    }),
    'report A',
  ).json().case.id;
  photo.gridVerify = await uploadPhoto(t, c.grid as string);
  ok(await act(t, c.grid as string, a, 'verify', { note: '属实', photoIds: [photo.gridVerify] }), 'verify');
  ok(await act(t, c.dispatcher as string, a, 'register'), 'register');
  ok(await act(t, c.shiftlead as string, a, 'file'), 'file');
  ok(await act(t, c.dispatcher as string, a, 'dispatch'), 'dispatch');
  ok(await act(t, c.department as string, a, 'accept'), 'accept');
  photo.departmentFix = await uploadPhoto(t, c.department as string);
  ok(
    await act(t, c.department as string, a, 'feedback', { note: '已补装', photoIds: [photo.departmentFix] }),
    'feedback',
  );
  photo.gridCheck = await uploadPhoto(t, c.grid as string);
  ok(await act(t, c.grid as string, a, 'check_pass', { photoIds: [photo.gridCheck] }), 'check');

  // The street whistles 市场监管 to case A; its arrival photo belongs to the order.
  const order = ok(
    await issueWhistle(t, c.street as string, {
      title: '井盖周边商户排查',
      task: '排查周边商户',
      place: '义和路3号',
      caseIds: [a],
      calls: [{ departmentId: dept.market, task: '排查周边商户' }],
    }),
    'whistle',
  ).json();
  const callId = order.calls[0].id;
  await reportIn(t, c.market as string, order.order.id, callId, inYongchang);
  const detail = await t.call({ method: 'GET', url: `/api/whistles/${order.order.id}`, cookie: c.street });
  photo.marketArrival = detail.json().calls[0].arrivalPhotoId;
  expect(photo.marketArrival).toMatch(/^[0-9a-f-]{36}$/);

  // Case B in 前进街道: a courier's report, never dispatched.
  const inQianjin = await pointIn(t, c.admin as string, demo.gridOf(demo.qianjinCommunity));
  photo.courierReport = await uploadPhoto(t, c.courier as string);
  ok(
    await report(t, c.courier as string, {
      categoryCode: 'C0101',
      description: '垃圾满了',
      ...inQianjin,
      photoIds: [photo.courierReport],
    }),
    'report B',
  );

  // Uploaded and never attached.
  photo.streetLoose = await uploadPhoto(t, c.street as string);
  photo.residentLoose = await uploadPhoto(t, c.resident as string);
});
afterAll(() => t.close());

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
          const res = await t.call({
            method: 'GET',
            url: `/api/photos/${photo[what]}${suffix}`,
            cookie: c[viewer],
          });
          expect(res.statusCode, `${viewer} reading ${what}${suffix}`).toBe(expected);
        }
      }
    });
  }
});
