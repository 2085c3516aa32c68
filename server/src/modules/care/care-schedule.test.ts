import { describe, expect, it } from 'vitest';
import { type ScheduleRule, visitDue, visitEveryDays } from './care-schedule.js';

const rules: ScheduleRule[] = [
  { regionCode: '', careTag: 'living_alone', everyDays: 7 },
  { regionCode: '', careTag: 'aged_80', everyDays: 30 },
  { regionCode: '', careTag: 'subsistence', everyDays: 30 },
  { regionCode: '220104004001', careTag: 'aged_80', everyDays: 14 },
];
const grid = '220104004001001';
const otherGrid = '220104004002001';

describe('how often a resident is visited', () => {
  it('takes the most frequent of their groups', () => {
    expect(visitEveryDays(['aged_80', 'living_alone'], otherGrid, rules)).toBe(7);
  });
  it("takes a community's own rule over the city's default, for its residents only", () => {
    expect(visitEveryDays(['aged_80'], grid, rules)).toBe(14);
    expect(visitEveryDays(['aged_80'], otherGrid, rules)).toBe(30);
  });
  it('has no schedule for a group without a rule, or for nobody in a group', () => {
    expect(visitEveryDays(['veteran'], grid, rules)).toBeNull();
    expect(visitEveryDays([], grid, rules)).toBeNull();
  });
});

describe('when a visit falls overdue', () => {
  const monday = new Date('2026-11-02T09:00:00+08:00');
  const at = (days: number, hours = 0) => new Date(monday.getTime() + (days * 24 + hours) * 3_600_000);

  it('is due a week after a weekly visit, and overdue from the moment after', () => {
    expect(visitDue(7, monday, at(-30), at(7))).toEqual({ dueAt: at(7), overdue: false, daysOverdue: 0 });
    expect(visitDue(7, monday, at(-30), at(7, 1))).toMatchObject({ overdue: true, daysOverdue: 0 });
    expect(visitDue(7, monday, at(-30), at(10, 1))).toMatchObject({ overdue: true, daysOverdue: 3 });
  });
  it('counts from when the resident came under care when nobody has visited yet', () => {
    expect(visitDue(7, null, monday, at(6))).toMatchObject({ dueAt: at(7), overdue: false });
    expect(visitDue(7, null, monday, at(8))).toMatchObject({ overdue: true, daysOverdue: 1 });
  });
  it('is no longer overdue once a visit is recorded', () => {
    expect(visitDue(7, at(8), monday, at(9)).overdue).toBe(false);
  });
});
