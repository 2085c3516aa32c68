import { describe, expect, it } from 'vitest';
import { fromFormValues, shapeOf, toFormValues } from './settingShapes';

describe('the shape of a setting', () => {
  it('tells numbers, limits, maps of limits and maps of numbers apart', () => {
    expect(shapeOf('duplicateRadiusMeters', 50)).toEqual({ kind: 'number' });
    expect(shapeOf('hotlineSignLimit', { amount: 2, unit: 'working_hours' })).toEqual({ kind: 'limit' });
    expect(
      shapeOf('stepLimits', {
        reported: { amount: 2, unit: 'working_hours' },
        checked: { amount: 1, unit: 'working_days' },
      }),
    ).toEqual({ kind: 'limits', keys: ['reported', 'checked'] });
    expect(shapeOf('pointsRules', { reportFiled: 5, dailyCap: 20 })).toEqual({
      kind: 'numbers',
      keys: ['reportFiled', 'dailyCap'],
    });
    expect(shapeOf('officeHours', { start: '09:00', end: '17:00' })).toEqual({ kind: 'officeHours' });
  });

  it('falls back to JSON for a value of any other shape, such as a key added later', () => {
    expect(shapeOf('geocoder', { url: 'https://geo.example.cn', key: null })).toEqual({ kind: 'json' });
    expect(shapeOf('baseMap', null)).toEqual({ kind: 'json' });
  });

  it('sends a number bare, office hours without stray fields, and JSON only when it parses', () => {
    expect(fromFormValues({ kind: 'number' }, toFormValues({ kind: 'number' }, 7))).toEqual({ value: 7 });
    const hours = toFormValues({ kind: 'officeHours' }, { start: '09:00', end: '17:00' });
    expect(fromFormValues({ kind: 'officeHours' }, hours)).toEqual({
      value: { start: '09:00', end: '17:00', breaks: [] },
    });
    const json = toFormValues({ kind: 'json' }, { url: 'x' });
    expect(fromFormValues({ kind: 'json' }, json)).toEqual({ value: { url: 'x' } });
    expect(fromFormValues({ kind: 'json' }, { json: '{ broken' })).toEqual({ invalidJson: true });
  });
});
