import { describe, expect, it } from 'vitest';
import { callerKeyOf, normalisePhone } from './caller-key.js';

describe('a caller’s number', () => {
  it.each([
    ['138 1234 5678', '13812345678'],
    ['+86 13812345678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['0086-138-1234-5678', '13812345678'],
    ['0431-8888 6666', '043188886666'],
    // A local landline that happens to begin with 86 keeps its digits.
    ['86123456', '86123456'],
  ])('%s is %s', (typed, digits) => {
    expect(normalisePhone(typed)).toBe(digits);
  });

  it('keys one caller however the number was typed, and two callers apart', () => {
    expect(callerKeyOf('138 1234 5678')).toBe(callerKeyOf('+86 13812345678'));
    expect(callerKeyOf('138 1234 5678')).not.toBe(callerKeyOf('139 1234 5678'));
    expect(callerKeyOf('138 1234 5678')).toMatch(/^[0-9a-f]{64}$/);
  });
});
