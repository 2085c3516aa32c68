import { describe, expect, it } from 'vitest';
import { trafficLight, WorkingCalendar } from '../../lib/calendar/index.js';
import { seededRandom } from '../../lib/seeded-random.js';
import { type CaseRow, stepLight } from './case-view.js';

/** The light by its definition: office time used against office time allowed, both from the step's start. */
function lightByDefinition(calendar: WorkingCalendar, start: Date, due: Date, now: Date) {
  const limit = calendar.workingMillisBetween(start, due);
  if (limit === 0) return now >= due ? 'red' : 'green';
  return trafficLight(calendar.workingMillisBetween(start, now), limit);
}

describe("a case step's light (红黄绿灯) on a page of cases", () => {
  it('is the light of its definition, for steps on time and steps overdue for months', () => {
    const random = seededRandom(20261205);
    const calendar = new WorkingCalendar();
    const day = 86_400_000;
    const from = Date.parse('2026-01-05T09:00:00+08:00');
    const seen = new Set<string>();
    for (let i = 0; i < 2_000; i++) {
      const start = new Date(from + Math.floor(random() * 300 * day));
      const due = new Date(start.getTime() + Math.floor(random() * 20 * day));
      // Seen before, at or after the deadline: a day or so either side, or months later.
      const now = new Date(
        i % 5 === 0
          ? due.getTime() + Math.floor(random() * 200 * day)
          : due.getTime() + Math.floor((random() - 0.5) * 4 * day),
      );
      const c = { status: 'dispatched', stepStartedAt: start, stepDueAt: due } as CaseRow;
      const light = stepLight(calendar, c, now);
      seen.add(light ?? 'none');
      expect(light, `${start.toISOString()} due ${due.toISOString()} at ${now.toISOString()}`).toBe(
        lightByDefinition(calendar, start, due, now),
      );
    }
    expect([...seen].sort()).toEqual(['green', 'red', 'yellow']);
  });
});
