import { describe, expect, it } from 'vitest';
import { dayStanding, ruleFor } from './patrol-rule.js';

const twoADay = { patrolsPerDay: 2, minMinutes: 20 };
const over = { working: true, over: true };

describe('一日两巡: the two-patrols-a-day rule', () => {
  it('is met by two finished patrols of at least the minimum length', () => {
    expect(dayStanding([{ minutes: 45 }, { minutes: 20 }], twoADay, over)).toEqual({
      required: 2,
      counted: 2,
      missed: 0,
      state: 'met',
    });
  });

  it('flags a missed patrol when the day ends with one', () => {
    expect(dayStanding([{ minutes: 50 }], twoADay, over)).toEqual({
      required: 2,
      counted: 1,
      missed: 1,
      state: 'missed',
    });
  });

  it('does not count a patrol too short or still under way', () => {
    expect(dayStanding([{ minutes: 50 }, { minutes: 5 }, { minutes: null }], twoADay, over)).toMatchObject({
      counted: 1,
      missed: 1,
    });
  });

  it('leaves today open until it is over, and owes nothing on a rest day', () => {
    expect(dayStanding([{ minutes: 50 }], twoADay, { working: true, over: false }).state).toBe('open');
    expect(dayStanding([], twoADay, { working: false, over: true })).toEqual({
      required: 0,
      counted: 0,
      missed: 0,
      state: 'rest',
    });
    expect(dayStanding([{ minutes: 30 }], twoADay, { working: false, over: true }).state).toBe('met');
  });

  it('follows a grid’s own rule over its community’s and the city’s', () => {
    const rules = [
      { regionCode: '', patrolsPerDay: 2, minMinutes: 20 },
      { regionCode: '220104004001', patrolsPerDay: 3, minMinutes: 30 },
      { regionCode: '220104004001002', patrolsPerDay: 1, minMinutes: 60 },
    ];
    expect(ruleFor('220104004001001', rules).patrolsPerDay).toBe(3);
    expect(ruleFor('220104004001002', rules).patrolsPerDay).toBe(1);
    expect(ruleFor('220104004003001', rules).patrolsPerDay).toBe(2);
  });
});
