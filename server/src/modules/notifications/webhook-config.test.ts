import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';

describe('webhook configuration', () => {
  it('is off when no URL is set', () => {
    expect(loadConfig({})).toMatchObject({ webhookUrl: undefined, webhookSecret: undefined });
  });

  it('takes a URL with its secret', () => {
    const env = { NEEDLE_WEBHOOK_URL: 'https://gateway.example.cn/needle', NEEDLE_WEBHOOK_SECRET: 's3cret' };
    expect(loadConfig(env)).toMatchObject({
      webhookUrl: 'https://gateway.example.cn/needle',
      webhookSecret: 's3cret',
    });
  });

  it('refuses to start with a URL but no secret', () => {
    expect(() => loadConfig({ NEEDLE_WEBHOOK_URL: 'https://gateway.example.cn/needle' })).toThrow(
      /NEEDLE_WEBHOOK_SECRET/,
    );
  });

  it('refuses a URL that is not http(s)', () => {
    const env = { NEEDLE_WEBHOOK_URL: 'ftp://gateway', NEEDLE_WEBHOOK_SECRET: 's3cret' };
    expect(() => loadConfig(env)).toThrow(/must be an http\(s\) URL/);
  });
});
