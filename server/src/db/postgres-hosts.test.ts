import { describe, expect, it } from 'vitest';
import { parsePostgresTarget } from './postgres-hosts.js';

describe('parsePostgresTarget: a URL naming several hosts, as pg_autoctl show uri prints it', () => {
  it('splits the hosts into one URL each, keeping the user, database and other parameters', () => {
    expect(
      parsePostgresTarget(
        'postgres://needle:s3cret@10.0.0.1:5432,10.0.0.2:6432/needle?target_session_attrs=read-write&sslmode=prefer',
      ),
    ).toEqual({
      hostUrls: [
        'postgres://needle:s3cret@10.0.0.1:5432/needle?sslmode=prefer',
        'postgres://needle:s3cret@10.0.0.2:6432/needle?sslmode=prefer',
      ],
      sessionAttrs: 'read-write',
    });
  });

  it('leaves a URL with one host as it was, and asks nothing of its server', () => {
    const url = 'postgresql://needle@127.0.0.1:5432/needle?sslmode=disable';
    expect(parsePostgresTarget(url)).toEqual({ hostUrls: [url], sessionAttrs: 'any' });
  });

  it('keeps IPv6 hosts and hosts without a port, and drops target_session_attrs=any', () => {
    expect(parsePostgresTarget('postgres://[::1]:5433,db.example/needle?target_session_attrs=any')).toEqual({
      hostUrls: ['postgres://[::1]:5433/needle', 'postgres://db.example/needle'],
      sessionAttrs: 'any',
    });
  });

  it('refuses what it cannot follow: another target_session_attrs, or an empty host', () => {
    expect(() => parsePostgresTarget('postgres://a,b/needle?target_session_attrs=prefer-standby')).toThrow(
      /target_session_attrs=prefer-standby is not supported/,
    );
    expect(() => parsePostgresTarget('postgres://a,,b/needle')).toThrow(/empty host/);
  });
});
