import { describe, expect, it } from 'vitest';
import { normaliseAddress, pinyinKeys } from './address-text.js';
import { csvRows } from './csv-rows.js';

describe('address text as it is compared', () => {
  it('drops spaces and punctuation and makes full-width characters plain', () => {
    expect(normaliseAddress(' 义和路 ８８ 号（北门）')).toBe('义和路88号北门');
    expect(normaliseAddress('YiHe Lu')).toBe('yihelu');
  });

  it('reads pinyin whole words, with initials, digits kept', () => {
    expect(pinyinKeys('义和路88号')).toEqual({ full: 'yihelu88hao', initials: 'yhl88h' });
    // 长 in 长春 is chang, not zhang.
    expect(pinyinKeys('长春市第二实验中学').full).toBe('changchunshidiershiyanzhongxue');
    expect(pinyinKeys('东田社区3号楼').initials).toBe('dtsq3hl');
  });
});

describe('CSV rows', () => {
  it('splits quoted fields, doubled quotes and line breaks, and skips a BOM and blank lines', () => {
    expect(csvRows('\uFEFFa,b\r\n"x, y","say ""hi"""\n\n"two\nlines",z\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['two\nlines', 'z'],
    ]);
  });
});
