import { sql } from 'drizzle-orm';
import { getResolution, latLngToCell } from 'h3-js';
import { expect, it } from 'vitest';
import { seededRandom } from '../../lib/seeded-random.js';
import { openTestDatabase } from '../../test/test-database.js';
import { H3_RESOLUTION } from '../cases/nearby.js';
import { AREA_RESOLUTION, areaOf, areaSql } from './hotspot-area.js';

it("the database's area of a cell is h3-js's parent, over 2,000 cells across China", async () => {
  const database = await openTestDatabase();
  try {
    const random = seededRandom(8);
    const cells = Array.from({ length: 2000 }, () =>
      latLngToCell(18 + random() * 35, 75 + random() * 59, H3_RESOLUTION),
    );
    const { rows } = await database.db.execute<{ cell: string; area: string }>(
      sql`select cell, ${areaSql(sql.raw('cell'))} as area from jsonb_array_elements_text(${JSON.stringify(cells)}::jsonb) as c(cell)`,
    );
    expect(rows.map((r) => r.area)).toEqual(cells.map(areaOf));
    expect(new Set(rows.map((r) => getResolution(r.area)))).toEqual(new Set([AREA_RESOLUTION]));
  } finally {
    await database.close();
  }
});
