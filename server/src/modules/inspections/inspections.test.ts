import { describe, expect, it } from 'vitest';
import { escalationOf, isRepeatOffender, surpriseMoment } from './rectification.js';
import { signShopCode, verifyShopCode } from './shop-code.js';

const secret = Buffer.alloc(32, 7);
const id = '3f1c2a9e-8b7d-4c6e-9f10-112233445566';

describe('shop codes (一户一码)', () => {
  it('verifies a code Needle signed', () => {
    expect(verifyShopCode(secret, signShopCode(secret, id))).toBe(id);
  });
  it('refuses a forged code: another id, an altered signature, another secret, garbage', () => {
    const code = signShopCode(secret, id);
    const [, signature] = code.split('.');
    expect(verifyShopCode(secret, `3f1c2a9e-8b7d-4c6e-9f10-112233445567.${signature}`)).toBeNull();
    expect(verifyShopCode(secret, `${code.slice(0, -2)}AA`)).toBeNull();
    expect(verifyShopCode(Buffer.alloc(32, 8), code)).toBeNull();
    for (const junk of ['', id, `${id}.`, `${code}.x`, 'not-a-code', `${id}.${'A'.repeat(43)}`]) {
      expect(verifyShopCode(secret, junk)).toBeNull();
    }
  });
});

describe('整改 and 回头看', () => {
  const deadline = new Date('2026-11-10T09:00:00Z');
  const day = (n: number) => new Date(deadline.getTime() + n * 86_400_000);
  it('escalates an open order past its deadline, to the street after three days', () => {
    expect(escalationOf({ state: 'open', deadline }, day(-1))).toBe('none');
    expect(escalationOf({ state: 'open', deadline }, day(1))).toBe('community');
    expect(escalationOf({ state: 'open', deadline }, day(3))).toBe('street');
    expect(escalationOf({ state: 'closed', deadline }, day(10))).toBe('none');
  });
  it('calls a target with two orders in 90 days a repeat offender', () => {
    expect(isRepeatOffender([day(-100), day(0)], day(1))).toBe(false);
    expect(isRepeatOffender([day(-80), day(0)], day(1))).toBe(true);
  });
  it('draws a surprise follow-up between tomorrow and the day given', () => {
    for (const r of [0, 0.5, 0.999]) {
      const at = surpriseMoment(day(0), day(14), () => r);
      expect(at.getTime()).toBeGreaterThanOrEqual(day(1).getTime());
      expect(at.getTime()).toBeLessThanOrEqual(day(14).getTime());
    }
  });
});
