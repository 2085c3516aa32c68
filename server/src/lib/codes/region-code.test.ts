import { describe, expect, it } from 'vitest';
import { districtCodeOf, isWithin, parseRegionCode } from './region-code.js';

describe('parseRegionCode', () => {
  it.each([
    ['220100000000', 'city', null, '2201'],
    ['220104000000', 'district', '220100000000', '220104'],
    ['220104001000', 'street', '220104000000', '220104001'],
    ['220104001002', 'community', '220104001000', '220104001002'],
    ['220104001002007', 'grid', '220104001002', '220104001002007'],
  ])('%s is a %s under %s', (code, level, parentCode, prefix) => {
    expect(parseRegionCode(code)).toEqual({ level, parentCode, prefix });
  });

  it.each([
    ['22010400100', 'must be a 12-digit'],
    ['2201040010021', 'must be a 12-digit'],
    ['22010400100a', 'must be a 12-digit'],
    ['220104001002000', 'grid sequence'],
    ['220104001000001', 'must start with a 12-digit community code'],
    ['220000000000', 'province'],
    ['000104001002', 'province part'],
    ['220104000002', 'needs its street part'],
    ['220100001000', 'needs the county part'],
  ])('refuses %s', (code, reason) => {
    const parsed = parseRegionCode(code);
    expect('error' in parsed && parsed.error).toContain(reason);
  });
});

describe('isWithin', () => {
  it('scopes by prefix at every level', () => {
    expect(isWithin('220104001002007', '220104001000')).toBe(true);
    expect(isWithin('220104002002007', '220104001000')).toBe(false);
    expect(isWithin('220104001002', '220104001002')).toBe(true);
    expect(isWithin('220104001003001', '220104001002')).toBe(false);
    expect(isWithin('220104001002007', '220100000000')).toBe(true);
  });
});

describe('districtCodeOf', () => {
  it('is the code of the district a street, community or grid lies in, and of a district itself', () => {
    expect(districtCodeOf('220104000000')).toBe('220104000000');
    expect(districtCodeOf('220104004000')).toBe('220104000000');
    expect(districtCodeOf('220104004001')).toBe('220104000000');
    expect(districtCodeOf('220104004001001')).toBe('220104000000');
  });

  it('refuses a city, which spans districts, and what is not a region code', () => {
    expect(() => districtCodeOf('220100000000')).toThrow(/city|district/);
    expect(() => districtCodeOf('2201')).toThrow();
  });
});
