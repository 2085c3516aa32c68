import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drizzleFolder, migrationsBefore } from '../test/migrations-before.js';
import * as schema from './schema.js';

// Two grids in two districts of 长春: an installation's rows in both must land in their own district.
const GRIDS = { chaoyang: '220104004001001', nanguan: '220102001001001' } as const;
const DISTRICT = { chaoyang: '220104000000', nanguan: '220102000000' } as const;
const WORKER = '00000000-0000-4000-8000-000000000001';

/** The rows an installation had before its tables carried their district: one of each, per grid. */
function rowsOf(place: keyof typeof GRIDS, n: number): string {
  const grid = GRIDS[place];
  const id = (k: number) => `00000000-0000-4000-8000-0000000${n}${String(k).padStart(4, '0')}`;
  return `
    insert into regions (code, name, level, parent_code, geometry) values ('${grid}', '${place}', 'grid', null, '{}');
    insert into errands (id, region_code, kind, for_name, deadline, handled_by, created_at, updated_at)
      values ('${id(1)}', '${grid}', 'relief', '王淑珍', '2026-12-20', '${WORKER}', now(), now());
    insert into errand_events (errand_id, at, state) values ('${id(1)}', now(), 'received');
    insert into disputes (id, region_code, kind, summary, parties, created_by, created_at)
      values ('${id(2)}', '${grid}', 'neighbour', '噪音', '[]', '${WORKER}', now());
    insert into dispute_sessions (dispute_id, at, mediator_id, note) values ('${id(2)}', now(), '${WORKER}', '调解');
    insert into inspection_targets (id, region_code, kind, name, lat, lng, created_at)
      values ('${id(3)}', '${grid}', 'shop', '小吃店', 43.8, 125.3, now());
    insert into inspections (id, target_id, region_code, inspector_id, at, results)
      values ('${id(4)}', '${id(3)}', '${grid}', '${WORKER}', now(), '[]');
    insert into rectification_orders (id, target_id, inspection_id, region_code, item, finding, deadline, issued_by, issued_at)
      values ('${id(5)}', '${id(3)}', '${id(4)}', '${grid}', '包卫生', '门前垃圾', now(), '${WORKER}', now());
    insert into rectification_events (order_id, at, action) values ('${id(5)}', now(), 'issue');
    insert into patrol_points (id, region_code, name, lat, lng, qr_token, created_at)
      values ('${id(6)}', '${grid}', '东门', 43.8, 125.3, 'token-${place}', now());
    insert into patrols (id, region_code, worker_id, started_at, received_at)
      values ('${id(7)}', '${grid}', '${WORKER}', now(), now());
    insert into patrol_checkins (patrol_id, point_id, at, method) values ('${id(7)}', '${id(6)}', now(), 'qr');`;
}

const TABLES = [
  'errands',
  'errand_events',
  'disputes',
  'dispute_sessions',
  'inspection_targets',
  'inspections',
  'rectification_orders',
  'rectification_events',
  'patrol_points',
  'patrols',
  'patrol_checkins',
];

describe('migrations 0029–0031 (district keys of errands, mediation, inspections and patrols)', () => {
  const client = new PGlite();
  beforeAll(async () => {
    const db = drizzle({ client, schema });
    const before = migrationsBefore('0029_district_keys_errands_mediation');
    await migrate(db, { migrationsFolder: before.folder });
    before.remove();
    await client.exec(rowsOf('chaoyang', 1) + rowsOf('nanguan', 2));
    await migrate(db, { migrationsFolder: drizzleFolder });
  }, 60_000);
  afterAll(() => client.close());

  it("fills each existing row's district: from its own region, or from its parent's", async () => {
    for (const table of TABLES) {
      const { rows } = await client.query<{ district: string }>(
        `select district_code as district from ${table} order by district_code`,
      );
      expect(
        rows.map((r) => r.district),
        table,
      ).toEqual([DISTRICT.nanguan, DISTRICT.chaoyang]);
    }
  });

  it('refuses a child whose district is not its parent’s', async () => {
    const errand = '00000000-0000-4000-8000-000000010001';
    await expect(
      client.query(
        `insert into errand_events (district_code, errand_id, at, state) values ($1, $2, now(), 'submitted')`,
        [DISTRICT.nanguan, errand],
      ),
    ).rejects.toThrow(/foreign key/);
    await client.query(
      `insert into errand_events (district_code, errand_id, at, state) values ($1, $2, now(), 'submitted')`,
      [DISTRICT.chaoyang, errand],
    );
  });
});
