import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pointIn } from '../../test/case-helpers.js';
import { demo } from '../../test/demo-places.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { toAuthUser } from '../auth/auth-user.js';
import { users } from '../users/users.tables.js';
import { caseDeps } from './case-deps.js';
import { cases } from './cases.tables.js';
import { intakeCase } from './intake.js';

let t: TestApp;
let at: { lat: number; lng: number };
beforeAll(async () => {
  t = await createTestApp();
  at = await pointIn(t, await t.login('admin'), demo.gridOf(demo.yongchangCommunity));
});
afterAll(() => t.close());

/** Files a case as the demo resident at a fixed moment, as if the clock said so. */
async function fileAt(iso: string, categoryCode: string) {
  const [row] = await t.database.db.select().from(users).where(eq(users.username, 'resident'));
  if (!row) throw new Error('no demo resident');
  const deps = { ...caseDeps(t.database.db, t.regions, t.calendar), now: () => new Date(iso) };
  const { caseId } = await intakeCase(
    deps,
    toAuthUser(row),
    { categoryCode, description: iso, ...at },
    randomUUID(),
  );
  const [c] = await t.database.db.select().from(cases).where(eq(cases.id, caseId));
  return c;
}

// Against the real holiday data of chinese-days: 2026 Spring Festival runs 15–23 February with Saturday
// 14 and Saturday 28 February worked; National Day runs 1–7 October with Saturday 10 October worked.
describe('deadlines on the working calendar', () => {
  it('a case filed on the last working day before Spring Festival is due after the holiday', async () => {
    // 占道经营 E0450: 1 working day. Filed on the make-up Saturday; the filing day is not counted.
    const c = await fileAt('2026-02-14T10:00:00+08:00', 'E0450');
    expect(c?.dueAt.toISOString()).toBe('2026-02-24T09:30:00.000Z'); // Tue 24 Feb 17:30 in Beijing
  });

  it('a case filed during the National Day week counts the make-up Saturday', async () => {
    // 私搭乱建 E0101: 10 working days from Fri 2 Oct: 8, 9, 10 (Sat, worked), 12–16, 19, 20 October.
    const c = await fileAt('2026-10-02T15:00:00+08:00', 'E0101');
    expect(c?.dueAt.toISOString()).toBe('2026-10-20T09:30:00.000Z');
  });

  it('an emergency runs round the clock', async () => {
    // 井盖缺失 E0550: 2 calendar hours, filed at 16:45 on Mon 23 Nov: due 18:45 the same evening.
    const c = await fileAt('2026-11-23T16:45:00+08:00', 'E0550');
    expect(c?.dueAt.toISOString()).toBe('2026-11-23T10:45:00.000Z');
  });

  it('working hours skip the night, lunch and the weekend, and the step clock starts at once', async () => {
    // 暴露垃圾 E0102: 8 working hours from 16:45 Mon: 45 min today, 08:30–12:00 and 13:00–16:45 Tue.
    const c = await fileAt('2026-11-23T16:45:00+08:00', 'E0102');
    expect(c?.dueAt.toISOString()).toBe('2026-11-24T08:45:00.000Z'); // Tue 24 Nov 16:45 in Beijing
    expect(c?.stepStartedAt.toISOString()).toBe('2026-11-23T08:45:00.000Z');
    // A public report has 2 working hours to be registered; the light turns yellow at 80 %.
    expect(c?.stepDueAt?.toISOString()).toBe('2026-11-24T01:45:00.000Z');
    expect(c?.stepWarnAt?.toISOString()).toBe('2026-11-24T01:21:00.000Z');
  });

  it('an admin’s override of a day moves the deadline', async () => {
    const admin = await t.login('admin');
    const res = await t.call({
      method: 'PUT',
      url: '/api/calendar/overrides/2026-11-24',
      cookie: admin,
      payload: { kind: 'holiday', note: '全市停工一天' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const c = await fileAt('2026-11-23T16:45:00+08:00', 'E0102');
    expect(c?.dueAt.toISOString()).toBe('2026-11-25T08:45:00.000Z'); // Wed 25 Nov 16:45
  });
});
