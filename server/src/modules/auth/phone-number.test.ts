import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/errors/app-error.js';
import { mobileNumber, phoneNumber } from './phone-number.js';

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (err) {
    return err instanceof AppError ? `${err.status} ${err.code}` : err;
  }
  return 'accepted';
};

describe('phone numbers', () => {
  it.each([
    ['13800138000', '+8613800138000'],
    ['138 0013 8000', '+8613800138000'],
    ['138-0013-8000', '+8613800138000'],
    ['+86 138 0013 8000', '+8613800138000'],
    ['8613800138000', '+8613800138000'],
    ['008613800138000', '+8613800138000'],
    [' 19912345678 ', '+8619912345678'],
    ['１３８００１３８０００', '+8613800138000'],
    ['+852 6123 4567', '+85261234567'],
  ])('reads the mobile number %s as %s', (input, e164) => {
    expect(mobileNumber(input)).toBe(e164);
  });

  it.each([
    ['a fixed line', '0431-88888888'],
    ['too short', '12345'],
    ['a digit too many', '138001380001'],
    ['no mobile prefix', '10012345678'],
    ['letters', 'call me'],
    ['nothing', ''],
  ])('refuses %s as a mobile number with 400', (_what, input) => {
    expect(refusal(() => mobileNumber(input))).toBe('400 INVALID_PHONE');
  });

  it('takes an office line for a staff account, in E.164 too', () => {
    expect(phoneNumber('0431-88888888')).toBe('+8643188888888');
    expect(phoneNumber('13712345678')).toBe('+8613712345678');
    expect(refusal(() => phoneNumber('12345'))).toBe('400 INVALID_PHONE');
  });
});
