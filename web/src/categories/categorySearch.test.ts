import { beforeAll, describe, expect, it } from 'vitest';
import { nameMatches, pinyinReady } from './categorySearch';

beforeAll(() => pinyinReady);

describe('category search by characters and pinyin', () => {
  it.each([
    ['jg', '井盖缺失'],
    ['jinggai', '井盖缺失'],
    ['jg', '上水井盖'],
    ['jinggai', '上水井盖'],
    ['JingGai', '污水井盖'],
    ['井盖', '污水井盖'],
    ['jgqs', '井盖缺失'],
    ['jingg', '井盖缺失'],
    ['manhole', 'Missing manhole cover'],
    ['', '井盖缺失'],
  ])('"%s" finds %s', (typed, name) => {
    expect(nameMatches(name, typed)).toBe(true);
  });

  it.each([
    ['sg', '上水井盖'],
    ['ld', '井盖缺失'],
    ['井口', '井盖缺失'],
    ['j1', '井盖缺失'],
    ['xx', '占道经营'],
  ])('"%s" does not find %s', (typed, name) => {
    expect(nameMatches(name, typed)).toBe(false);
  });
});
