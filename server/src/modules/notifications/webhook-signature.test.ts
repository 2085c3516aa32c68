import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhookSignature } from './webhook-signature.js';

const secret = 'shared-gateway-secret';
const body = JSON.stringify({ kind: 'assigned', title: '新案件', recipients: [{ phone: '13900000007' }] });
const timestamp = 1_780_000_000;
const signed = { secret, timestamp: String(timestamp), body, nowSeconds: timestamp + 5 };

describe('webhook signatures', () => {
  it('is sha256=<hex HMAC of "<timestamp>.<body>">, as a receiver in any language recomputes it', () => {
    const hex = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
    expect(signWebhook(secret, timestamp, body)).toBe(`sha256=${hex}`);
  });

  it('verifies an untampered request', () => {
    expect(verifyWebhookSignature({ ...signed, signature: signWebhook(secret, timestamp, body) })).toBe(true);
  });

  it.each([
    ['a tampered body', { body: body.replace('13900000007', '13900000008') }],
    ['a wrong secret', { secret: 'another-secret' }],
    ['a changed timestamp', { timestamp: String(timestamp + 1), nowSeconds: timestamp + 1 }],
    ['a replay ten minutes later', { nowSeconds: timestamp + 600 }],
    ['a timestamp from the future', { nowSeconds: timestamp - 600 }],
    ['a timestamp that is not a number', { timestamp: '1780000000.5' }],
  ])('refuses %s', (_, change) => {
    const signature = signWebhook(secret, timestamp, body);
    expect(verifyWebhookSignature({ ...signed, signature, ...change })).toBe(false);
  });

  it.each([
    ['an empty signature', ''],
    ['a truncated signature', signWebhook(secret, timestamp, body).slice(0, -2)],
    ['a bare hex digest', signWebhook(secret, timestamp, body).slice('sha256='.length)],
  ])('refuses %s without throwing', (_, signature) => {
    expect(verifyWebhookSignature({ ...signed, signature })).toBe(false);
  });

  it('honours a wider tolerance when the receiver asks for one', () => {
    const signature = signWebhook(secret, timestamp, body);
    const late = { ...signed, signature, nowSeconds: timestamp + 600 };
    expect(verifyWebhookSignature({ ...late, toleranceSeconds: 900 })).toBe(true);
  });
});
