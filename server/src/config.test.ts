import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('configuration of the HTTP edge', () => {
  it('logs at info unless NEEDLE_LOG_LEVEL says otherwise, and refuses a level pino does not know', () => {
    expect(loadConfig({}).logLevel).toBe('info');
    expect(loadConfig({ NEEDLE_LOG_LEVEL: 'debug' }).logLevel).toBe('debug');
    expect(() => loadConfig({ NEEDLE_LOG_LEVEL: 'verbose' })).toThrow(/NEEDLE_LOG_LEVEL/);
  });

  it('trusts no proxy by default; a hop count or the proxies addresses when set; never everyone', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ NEEDLE_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ NEEDLE_TRUST_PROXY: '127.0.0.1, 10.0.0.0/8' }).trustProxy).toBe(
      '127.0.0.1,10.0.0.0/8',
    );
    expect(() => loadConfig({ NEEDLE_TRUST_PROXY: 'true' })).toThrow(/X-Forwarded-For/);
    expect(() => loadConfig({ NEEDLE_TRUST_PROXY: 'nginx.local' })).toThrow(/NEEDLE_TRUST_PROXY/);
  });

  it('sweeps unclaimed projects (兜底) every minute unless told otherwise, never in a busy loop', () => {
    expect(loadConfig({}).claimSweepIntervalMs).toBe(60_000);
    expect(loadConfig({ NEEDLE_CLAIM_SWEEP_INTERVAL_MS: '2000' }).claimSweepIntervalMs).toBe(2000);
    expect(() => loadConfig({ NEEDLE_CLAIM_SWEEP_INTERVAL_MS: '0' })).toThrow(/at least 100/);
    expect(() => loadConfig({ NEEDLE_CLAIM_SWEEP_INTERVAL_MS: 'soon' })).toThrow(/NEEDLE_CLAIM_SWEEP/);
  });

  it('reads KPIs from DATABASE_READ_URL only as a replica of DATABASE_URL', () => {
    expect(loadConfig({}).readDatabaseUrl).toBeUndefined();
    const primary = 'postgres://needle@db1/needle';
    const replica = 'postgres://needle@db2/needle';
    expect(loadConfig({ DATABASE_URL: primary, DATABASE_READ_URL: replica }).readDatabaseUrl).toBe(replica);
    expect(() => loadConfig({ DATABASE_READ_URL: replica })).toThrow(/set DATABASE_URL too/);
  });

  it('takes a DATABASE_URL with several hosts, and names the variable when it cannot follow one', () => {
    const pair = 'postgres://needle@db1:5432,db2:5432/needle?target_session_attrs=read-write';
    expect(loadConfig({ DATABASE_URL: pair }).databaseUrl).toBe(pair);
    expect(() =>
      loadConfig({ DATABASE_URL: 'postgres://db1,db2/needle?target_session_attrs=standby' }),
    ).toThrow(/^DATABASE_URL: target_session_attrs=standby is not supported/);
  });
});
