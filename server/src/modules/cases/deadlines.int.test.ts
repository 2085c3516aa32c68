import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/actors.js';
import { caseFiledAt, usePointIn } from '../../test/cases.js';

const { t, c: signedIn } = useTestApp(['admin']);
const at = usePointIn(t, signedIn);

/** Files a case as the demo resident at a fixed moment, as if the clock said so. */
const fileAt = (iso: string, categoryCode: string) =>
  caseFiledAt(t, new Date(iso), { categoryCode, description: iso, ...at });

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
    const res = await t.put('/api/calendar/overrides/2026-11-24', signedIn.admin, {
      kind: 'holiday',
      note: '全市停工一天',
    });
    expect(res.statusCode, res.body).toBe(200);
    const c = await fileAt('2026-11-23T16:45:00+08:00', 'E0102');
    expect(c?.dueAt.toISOString()).toBe('2026-11-25T08:45:00.000Z'); // Wed 25 Nov 16:45
  });
});
