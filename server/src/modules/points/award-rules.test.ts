import { describe, expect, it } from 'vitest';
import { cityDay, earningReporter, participationAward, reportAward } from './award-rules.js';
import { POINTS_SETTING_DEFAULTS, POINTS_SETTING_PARSERS } from './points-settings.js';

const rules = { reportFiled: 10, dailyCap: 25, whistleBonus: 20 };
const reporterId = '00000000-0000-4000-8000-000000000001';

describe('who earns points for a report', () => {
  it('is the resident or courier who reported it', () => {
    expect(earningReporter({ channel: 'resident_app', reporterId, masterCaseId: null })).toBe(reporterId);
    expect(earningReporter({ channel: 'courier', reporterId, masterCaseId: null })).toBe(reporterId);
  });

  it('is nobody for staff, the hotline, Open311 or a duplicate', () => {
    for (const channel of ['patrol', 'hotline', 'proactive', 'open311']) {
      expect(earningReporter({ channel, reporterId, masterCaseId: null }), channel).toBeNull();
    }
    expect(earningReporter({ channel: 'resident_app', reporterId, masterCaseId: reporterId })).toBeNull();
    expect(earningReporter({ channel: 'resident_app', reporterId: null, masterCaseId: null })).toBeNull();
  });
});

describe('what a filed report earns', () => {
  it('is the rule, cut to what is left under the daily cap, and nothing past it', () => {
    expect(reportAward(rules, 0)).toBe(10);
    expect(reportAward(rules, 10)).toBe(10);
    expect(reportAward(rules, 20)).toBe(5);
    expect(reportAward(rules, 25)).toBe(0);
    expect(reportAward(rules, 40)).toBe(0);
  });

  it('is nothing when the city earns nothing for reports', () => {
    expect(reportAward({ ...rules, reportFiled: 0 }, 0)).toBe(0);
  });
});

describe('the daily cap counts a China-time day', () => {
  it('runs from midnight to midnight in Beijing, whatever the UTC date', () => {
    // 23:30 on 1 March in Beijing is 15:30 UTC; 00:30 on 2 March is 16:30 UTC.
    expect(cityDay(new Date('2026-03-01T15:30:00Z'))).toEqual({
      start: new Date('2026-02-28T16:00:00Z'),
      end: new Date('2026-03-01T16:00:00Z'),
    });
    expect(cityDay(new Date('2026-03-01T16:30:00Z')).start).toEqual(new Date('2026-03-01T16:00:00Z'));
  });
});

describe('the pointsRules setting', () => {
  const parse = POINTS_SETTING_PARSERS.pointsRules;

  it('takes three whole numbers', () => {
    expect(parse({ reportFiled: 5, dailyCap: 0, whistleBonus: 50 })).toEqual({
      reportFiled: 5,
      dailyCap: 0,
      whistleBonus: 50,
    });
    expect(parse(POINTS_SETTING_DEFAULTS.pointsRules)).toEqual(POINTS_SETTING_DEFAULTS.pointsRules);
  });

  it('refuses a missing, unknown, negative, fractional or oversized figure', () => {
    expect(() => parse({ reportFiled: 5, dailyCap: 50 })).toThrow(/whistleBonus/);
    expect(() => parse({ ...rules, bonus: 1 })).toThrow(/unknown fields: bonus/);
    expect(() => parse({ ...rules, reportFiled: -1 })).toThrow(/reportFiled/);
    expect(() => parse({ ...rules, dailyCap: 2.5 })).toThrow(/dailyCap/);
    expect(() => parse({ ...rules, whistleBonus: 1001 })).toThrow(/whistleBonus/);
    expect(() => parse([1, 2, 3])).toThrow(/object/);
  });
});

describe('what taking part earns', () => {
  const rules = { volunteerHour: 10, deliberation: 5, wishFulfilled: 20 };

  it('pays volunteer minutes by the hour, rounded down to whole points', () => {
    expect(participationAward(rules, 'volunteer_hours', 60)).toBe(10);
    expect(participationAward(rules, 'volunteer_hours', 95)).toBe(15);
    expect(participationAward(rules, 'volunteer_hours', 5)).toBe(0);
    expect(participationAward({ ...rules, volunteerHour: 7 }, 'volunteer_hours', 30)).toBe(3);
  });

  it('pays a deliberation and a fulfilled wish so much each', () => {
    expect(participationAward(rules, 'deliberation', 1)).toBe(5);
    expect(participationAward(rules, 'wish_fulfilled', 1)).toBe(20);
    expect(participationAward(rules, 'wish_fulfilled', 0)).toBe(0);
  });

  it('refuses a negative or fractional quantity: a caller bug, not a reason to pay', () => {
    expect(() => participationAward(rules, 'volunteer_hours', -60)).toThrow(RangeError);
    expect(() => participationAward(rules, 'deliberation', 0.5)).toThrow(RangeError);
  });
});

describe('the other points settings', () => {
  it('take the participation rules as three whole numbers', () => {
    const parse = POINTS_SETTING_PARSERS.participationPoints;
    expect(parse({ volunteerHour: 12, deliberation: 0, wishFulfilled: 30 })).toEqual({
      volunteerHour: 12,
      deliberation: 0,
      wishFulfilled: 30,
    });
    expect(() => parse({ volunteerHour: 12, deliberation: 0 })).toThrow(/wishFulfilled/);
    expect(() => parse({ volunteerHour: 12, deliberation: 0, wishFulfilled: 30, x: 1 })).toThrow(/unknown/);
  });

  it('take the expiry in months (0: never) and the pickup limit in days', () => {
    expect(POINTS_SETTING_PARSERS.pointsExpiryMonths(0)).toBe(0);
    expect(POINTS_SETTING_PARSERS.pointsExpiryMonths(12)).toBe(12);
    expect(() => POINTS_SETTING_PARSERS.pointsExpiryMonths(-1)).toThrow(/pointsExpiryMonths/);
    expect(() => POINTS_SETTING_PARSERS.pointsExpiryMonths('12')).toThrow(/pointsExpiryMonths/);
    expect(POINTS_SETTING_PARSERS.pointsPickupDays(7)).toBe(7);
    expect(() => POINTS_SETTING_PARSERS.pointsPickupDays(0)).toThrow(/pointsPickupDays/);
    expect(() => POINTS_SETTING_PARSERS.pointsPickupDays(1.5)).toThrow(/pointsPickupDays/);
  });
});
