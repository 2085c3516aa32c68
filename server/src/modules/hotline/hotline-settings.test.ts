import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../../lib/calendar/index.js';
import { HOTLINE_SETTING_DEFAULTS, HOTLINE_SETTING_PARSERS } from './hotline-settings.js';
import { ticketClock } from './ticket-clock.js';

describe('hotline settings', () => {
  it('accept their own defaults', () => {
    for (const [key, parse] of Object.entries(HOTLINE_SETTING_PARSERS)) {
      const value = HOTLINE_SETTING_DEFAULTS[key as keyof typeof HOTLINE_SETTING_DEFAULTS];
      expect((parse as (v: unknown) => unknown)(value)).toEqual(value);
    }
  });

  it('take weights that sum to 1 within rounding, and refuse others', () => {
    const parse = HOTLINE_SETTING_PARSERS.hotlineRateWeights;
    expect(parse({ response: 0.3, resolution: 0.35, satisfaction: 0.35 })).toEqual({
      response: 0.3,
      resolution: 0.35,
      satisfaction: 0.35,
    });
    expect(() => parse({ response: 0.2, resolution: 0.5, satisfaction: 0.4 })).toThrow(RangeError);
    expect(() => parse({ response: '0.1', resolution: 0.5, satisfaction: 0.4 })).toThrow(RangeError);
    expect(() => parse({ response: 0.1, resolution: 0.5, satisfaction: 0.4, bonus: 0 })).toThrow(RangeError);
  });

  it('refuse tier tables with a tier missing or a bad unit', () => {
    const parse = HOTLINE_SETTING_PARSERS.hotlineUrgencyLimits;
    const { complex: _, ...three } = HOTLINE_SETTING_DEFAULTS.hotlineUrgencyLimits;
    expect(() => parse(three)).toThrow(/lacks complex/);
    expect(() =>
      parse({ ...HOTLINE_SETTING_DEFAULTS.hotlineUrgencyLimits, general: { amount: 7, unit: 'weeks' } }),
    ).toThrow(RangeError);
  });
});

describe('the ticket clock', () => {
  const calendar = new WorkingCalendar();

  it('runs sign and contact from the call, but never past the case’s own due date', () => {
    // A Monday at 22:00 China time: 2 working hours run into Tuesday morning.
    const night = new Date('2026-11-23T22:00:00+08:00');
    const emergencyDue = new Date(night.getTime() + 2 * 3_600_000);
    const clock = ticketClock(calendar, HOTLINE_SETTING_DEFAULTS, night, emergencyDue);
    expect(clock).toEqual({ signDueAt: emergencyDue, contactDueAt: emergencyDue });

    const generalDue = calendar.deadline(night, { amount: 7, unit: 'working_days' });
    const general = ticketClock(calendar, HOTLINE_SETTING_DEFAULTS, night, generalDue);
    expect(general.signDueAt).toEqual(new Date('2026-11-24T10:30:00+08:00'));
    expect(general.contactDueAt).toEqual(new Date('2026-11-24T22:00:00+08:00'));
  });
});
