import { describe, expect, it } from 'vitest';
import { DEMO_RESIDENT, planParticipation } from './participation-plan.js';
import { DEMO_PARTICIPATION } from './participation-volume.js';

const NOW = new Date('2026-11-20T02:00:00Z');
const options = {
  ...DEMO_PARTICIPATION,
  now: NOW,
  communities: ['220104004001', '220104004002', '220104004003'],
};

describe('the plan of the demo year of participation', () => {
  it('is the same for the same seed and now, and another for another seed', () => {
    const a = planParticipation(options);
    expect(JSON.stringify(planParticipation(options))).toBe(JSON.stringify(a));
    expect(JSON.stringify(planParticipation({ ...options, seed: 1 }))).not.toBe(JSON.stringify(a));
  });

  it('keeps seed 000’s proportions within the year before now', () => {
    const plan = planParticipation(options);
    expect(plan.projects).toHaveLength(154);
    expect(plan.deliberations).toHaveLength(32);
    expect(plan.teams).toHaveLength(23);
    const yearAgo = NOW.getTime() - 365 * 24 * 3600_000;
    for (const p of plan.projects) {
      expect(p.createdAt.getTime()).toBeGreaterThanOrEqual(yearAgo);
      expect(p.createdAt.getTime()).toBeLessThan(NOW.getTime());
    }
  });

  it('takes no step after now and no step before the one it follows', () => {
    const plan = planParticipation(options);
    const before = (a: Date | null, b: Date | null) => !a || !b || a.getTime() <= b.getTime();
    for (const p of plan.projects) {
      expect(p.claimedAt === null || p.fallenAt === null).toBe(true);
      expect(before(p.claimedAt ?? p.fallenAt, p.startedAt)).toBe(true);
      expect(before(p.startedAt, p.closedAt)).toBe(true);
      expect(before(p.closedAt, NOW)).toBe(true);
      // Nothing starts before someone carries it out.
      if (p.startedAt) expect(p.claimedAt ?? p.fallenAt).not.toBeNull();
    }
    for (const d of plan.deliberations) {
      const steps = [
        d.proposedAt,
        d.meetingAt,
        d.discussedAt,
        d.voteOpenedAt,
        d.voteClosedAt,
        d.publishedAt,
        d.closedAt,
      ];
      const taken = steps.filter((s): s is Date => s !== null);
      // Steps are taken in order, and once one is missing none after it is taken.
      expect(steps.slice(0, taken.length)).toEqual(taken);
      expect([...taken].sort((x, y) => x.getTime() - y.getTime())).toEqual(taken);
      for (const b of d.ballots) {
        expect(d.electorate).toContain(b.who);
        expect(b.at.getTime()).toBeLessThan(NOW.getTime());
      }
      expect(new Set(d.ballots.map((b) => b.who)).size).toBe(d.ballots.length);
    }
    for (const w of plan.wishes)
      expect(before(w.claimedAt, w.fulfilledAt) && before(w.fulfilledAt, w.confirmedAt)).toBe(true);
  });

  it('gives the demo resident a part: two wishes of their own, a team, and a vote in their community', () => {
    const plan = planParticipation(options);
    expect(plan.wishes.filter((w) => w.wisher === DEMO_RESIDENT)).toHaveLength(2);
    expect(plan.teams.some((t) => t.members.includes(DEMO_RESIDENT))).toBe(true);
    expect(plan.deliberations.some((d) => d.ballots.some((b) => b.who === DEMO_RESIDENT))).toBe(true);
  });
});
