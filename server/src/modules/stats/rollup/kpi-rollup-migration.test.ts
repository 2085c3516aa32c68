import { PGlite } from '@electric-sql/pglite';
import { asc } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { describe, expect, it } from 'vitest';
import * as schema from '../../../db/schema.js';
import { seededRandom } from '../../../lib/seeded-random.js';
import { drizzleFolder, migrationsBefore } from '../../../test/migrations-before.js';
import { kpiRollup } from '../stats.tables.js';
import { deriveCutsFromFine } from './rollup-cuts.js';

describe('migration 0027 (kpi_rollup)', () => {
  it("carries an installation's existing fine rollups into every cut, the same as the worker would keep them", async () => {
    const client = new PGlite();
    const db = drizzle({ client, schema });
    const before = migrationsBefore('0027_kpi_rollup');
    await migrate(db, { migrationsFolder: before.folder });
    before.remove();
    // Figures of a running installation: grids of two streets and a whistling office, two units, days
    // over two months.
    const random = seededRandom(27);
    const values: string[] = [];
    for (let i = 0; i < 300; i++) {
      const whistle = random() < 0.1;
      const region = whistle
        ? '220104004000'
        : // Streets of two districts: a unit answering in both keeps its rows apart per district.
          `22010${4 + Math.floor(random() * 2)}00400${1 + Math.floor(random() * 3)}00${1 + Math.floor(random() * 2)}`;
      const day = `2026-${10 + Math.floor(random() * 2)}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
      const unit = random() < 0.5 ? 'r:220104004000' : 'd:00000000-0000-4000-8000-00000000000a';
      values.push(
        `('${day}', '${region}', '${unit}', '${whistle ? '' : `E0${500 + i}`}', 1, ${i % 3}, ${i % 2}, ${i % 5})`,
      );
    }
    await client.exec(
      `insert into kpi_daily (day, region_code, unit_key, category_code, reported, due, closed, whistles_issued) values ${values.join(', ')}
       on conflict do nothing`,
    );
    await migrate(db, { migrationsFolder: drizzleFolder });
    const order = [
      asc(kpiRollup.cut),
      asc(kpiRollup.level),
      asc(kpiRollup.key),
      asc(kpiRollup.span),
      asc(kpiRollup.bucket),
      asc(kpiRollup.districtCode),
    ];
    const migrated = await db
      .select()
      .from(kpiRollup)
      .orderBy(...order);
    expect(migrated.length).toBeGreaterThan(300);
    await db.delete(kpiRollup);
    await deriveCutsFromFine(db as never);
    expect(
      await db
        .select()
        .from(kpiRollup)
        .orderBy(...order),
    ).toEqual(migrated);
    await client.close();
  }, 60_000);
});
