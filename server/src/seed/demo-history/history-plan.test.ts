import { describe, expect, it } from 'vitest';
import { planHistory } from './history-plan.js';
import { DEMO_HISTORY, DEMO_HISTORY_STEP_BUDGET } from './history-volume.js';

const options = {
  seed: 7,
  now: new Date('2026-11-20T02:00:00Z'),
  days: 90,
  cases: 80,
  whistleReportHours: 24,
};

describe('the demo history plan', () => {
  it('is the same from the same seed and another from another seed', () => {
    expect(planHistory(options)).toEqual(planHistory(options));
    const other = planHistory({ ...options, seed: 8 });
    expect(other.cases.map((c) => c.description)).not.toEqual(
      planHistory(options).cases.map((c) => c.description),
    );
  });

  it('takes no step before its report, after now or more than the days before now', () => {
    const plan = planHistory(options);
    const now = options.now.getTime();
    const start = now - (options.days + 1) * 86_400_000;
    for (const story of [...plan.cases, ...plan.whistles]) {
      const times = story.steps.map((s) => s.at);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(Math.max(...times)).toBeLessThanOrEqual(now);
      expect(Math.min(...times)).toBeGreaterThan(start);
    }
    for (const story of plan.cases) expect(story.steps[0]?.step.kind).toBe('report');
  });

  it('plans the number of cases asked for, of every channel, with a hotspot in the last week', () => {
    const plan = planHistory(options);
    expect(plan.cases).toHaveLength(options.cases);
    expect(new Set(plan.cases.map((c) => c.channel))).toEqual(
      new Set(['resident_app', 'courier', 'patrol', 'hotline', 'open311', 'proactive']),
    );
    const lastWeek = options.now.getTime() - 9 * 86_400_000;
    const byGridAndCategory = new Map<string, number>();
    for (const c of plan.cases) {
      if ((c.steps[0]?.at ?? 0) < lastWeek) continue;
      const key = `${c.gridCode} ${c.categoryCode}`;
      byGridAndCategory.set(key, (byGridAndCategory.get(key) ?? 0) + 1);
    }
    expect(Math.max(...byGridAndCategory.values())).toBeGreaterThanOrEqual(8);
  });

  it('has hotspots in a few grids and categories that stand out from the long tail', () => {
    const plan = planHistory({ ...options, seed: DEMO_HISTORY.seed, cases: DEMO_HISTORY.cases });
    const byGridAndCategory = new Map<string, number>();
    for (const c of plan.cases) {
      const key = `${c.gridCode} ${c.categoryCode}`;
      byGridAndCategory.set(key, (byGridAndCategory.get(key) ?? 0) + 1);
    }
    const hot = [...byGridAndCategory].filter(([, n]) => n >= 4).map(([key]) => key.split(' '));
    expect(new Set(hot.map(([grid]) => grid)).size, JSON.stringify(hot)).toBeGreaterThanOrEqual(3);
    expect(new Set(hot.map(([, category]) => category)).size, JSON.stringify(hot)).toBeGreaterThanOrEqual(4);
  });

  it('spreads over the streets of the district and their communities', () => {
    const plan = planHistory({ ...options, seed: DEMO_HISTORY.seed, cases: DEMO_HISTORY.cases });
    expect(new Set(plan.cases.map((c) => c.streetCode)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(plan.cases.map((c) => c.communityCode)).size).toBeGreaterThanOrEqual(20);
  });

  it('stays within the steps the first start can afford', () => {
    const plan = planHistory({ ...options, seed: DEMO_HISTORY.seed, cases: DEMO_HISTORY.cases });
    const steps =
      plan.cases.reduce((n, c) => n + c.steps.length, 0) +
      plan.whistles.reduce((n, w) => n + w.steps.length, 0);
    expect(plan.cases).toHaveLength(DEMO_HISTORY.cases);
    expect(steps).toBeLessThanOrEqual(DEMO_HISTORY_STEP_BUDGET);
  });
});
