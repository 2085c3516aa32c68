import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskPhone } from './mask.js';

describe('masking personal data', () => {
  it('masks the middle of a mobile number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('138 1234 5678')).toBe('138****5678');
    expect(maskPhone('+8613812345678')).toBe('138****5678');
    expect(maskPhone('12345')).toBe('*****');
    expect(maskPhone(null)).toBeNull();
  });
  it('keeps only the region prefix and check digit of an ID number', () => {
    expect(maskIdNumber('22010419800101123X')).toBe('220104***********X');
    expect(maskIdNumber(null)).toBeNull();
  });
});
