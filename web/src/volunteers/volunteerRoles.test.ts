import { describe, expect, it } from 'vitest';
import { hoursOf, pageQuery } from './volunteerRoles';

describe('volunteer hours and paging', () => {
  it('shows minutes as hours with one decimal', () => {
    expect(hoursOf(0)).toBe('0.0');
    expect(hoursOf(90)).toBe('1.5');
    expect(hoursOf(125)).toBe('2.1');
  });

  it('asks for a page and leaves out filters that are not set', () => {
    expect(pageQuery(2, 20, { regionCode: '220104004001', q: undefined, from: '' })).toBe(
      'page=2&pageSize=20&regionCode=220104004001',
    );
  });
});
