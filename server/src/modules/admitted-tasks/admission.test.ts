import { describe, expect, it } from 'vitest';
import { admit, offListReason } from './admission.js';

const street = '220104004000';
const community = '220104004001';
const otherStreetCommunity = '220104005001';
const entry = { regionCode: street, departmentIds: ['dept-a'], active: true };
const funding = { amountYuan: 20000, source: '朝财〔2026〕15号' };

describe('社区事项准入', () => {
  it('admits a task on the list for its department, within the area the entry covers', () => {
    expect(admit(entry, 'dept-a', community, undefined)).toEqual({
      admitted: true,
      admission: 'admitted',
      offListBecause: null,
    });
  });

  it('refuses a task off the list without funding, saying why', () => {
    expect(admit(null, 'dept-a', community, undefined)).toEqual({ admitted: false, reason: 'not_on_list' });
    expect(offListReason({ ...entry, active: false }, 'dept-a', community)).toBe('inactive');
    expect(offListReason(entry, 'dept-b', community)).toBe('other_department');
    expect(offListReason(entry, 'dept-a', otherStreetCommunity)).toBe('outside_list_area');
  });

  it('accepts a task off the list when its funding comes with it (费随事转)', () => {
    expect(admit(entry, 'dept-b', community, funding)).toEqual({
      admitted: true,
      admission: 'funded',
      offListBecause: 'other_department',
    });
  });

  it('does not count blank funding as funding', () => {
    expect(admit(null, 'dept-a', community, { amountYuan: 5, source: '  ' }).admitted).toBe(false);
  });
});
