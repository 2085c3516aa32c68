import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, openReadReplica, type ReadReplica } from '../../db/open-database.js';
import { chinaDayOf } from '../../lib/calendar/index.js';
import { demo } from '../../test/demo-places.js';
import { fromThisMonth } from '../../test/kpis.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { createPostgresTestDatabase } from '../../test/test-database.js';
import { deriveCutsFromFine } from './rollup/rollup-cuts.js';
import { kpiDaily, kpiRollup } from './stats.tables.js';

// PostgreSQL only (*.pg.test.ts): DATABASE_READ_URL names a PostgreSQL replica.
let t: TestApp;
let replica: ReadReplica;
let leader: string;
let admin: string;
const MARK = 777;

beforeAll(async () => {
  // A stand-in for the replica: a copy of the demo city whose rollups hold a figure the primary's do not,
  // so that an answer tells which database it was read from.
  const url = await createPostgresTestDatabase(inject('postgresTemplate'));
  const writer = await openDatabase({ kind: 'postgres', url });
  const day = chinaDayOf(new Date());
  const grid = demo.gridOf(demo.yongchangCommunity, 1);
  await writer.db.insert(kpiDaily).values({
    districtCode: `${grid.slice(0, 6)}000000`,
    day,
    regionCode: grid,
    unitKey: '',
    categoryCode: 'E0550',
    reported: MARK,
  });
  await deriveCutsFromFine(writer.db);
  await writer.close();
  replica = openReadReplica(url);
  t = await createTestApp({ readDb: replica.db });
  leader = await t.login('leader');
  admin = await t.login('admin');
}, 120_000);
afterAll(async () => {
  await t?.close();
  await replica?.close();
});

const reported = async (scope: string) => {
  const res = await t.get(`/api/stats/kpis?${fromThisMonth()}&${scope}`, leader);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().counts.reported as number;
};

describe('KPI and dashboard reads on a read replica (DATABASE_READ_URL)', () => {
  it('reads the figures from the replica, at the district and down to the community', async () => {
    expect(await reported(`regionCode=${demo.district}`)).toBe(MARK);
    expect(await reported(`regionCode=${demo.yongchangCommunity}`)).toBe(MARK);
    const trend = await t.get(`/api/stats/trend?${fromThisMonth()}&regionCode=${demo.district}`, leader);
    expect(trend.statusCode, trend.body).toBe(200);
    expect(trend.body).toContain(String(MARK));
    // The primary holds no such figure.
    const [primary] = await t.database.db
      .select({ n: sql<number>`coalesce(sum(reported), 0)::int` })
      .from(kpiDaily);
    expect(primary?.n).toBe(0);
  });

  it('rebuilds on the primary, never on the replica', async () => {
    const res = await t.post('/api/stats/rebuild', admin);
    expect(res.statusCode, res.body).toBe(200);
    expect(await reported(`regionCode=${demo.district}`)).toBe(MARK);
  });

  it('refuses a write sent to the replica by mistake: its sessions are read-only', async () => {
    await expect(
      replica.db
        .insert(kpiRollup)
        .values({ districtCode: '110105000000', cut: 'unit', key: 'x', span: 'day', bucket: '2026-01-01' }),
    ).rejects.toThrow();
    const [row] = await replica.db
      .execute<{ ro: string }>(sql`select current_setting('default_transaction_read_only') as ro`)
      .then((r) => r.rows);
    expect(row?.ro).toBe('on');
  });
});
