import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/actors.js';

const { t } = useTestApp(['admin']);

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

/** The indexes whose first column is the table's `id`. */
async function indexesLedById(table: string): Promise<string[]> {
  const result = (await t.database.db.execute(sql`
    select c.relname as name from pg_index i
      join pg_class c on c.oid = i.indexrelid
      join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
    where i.indrelid = ${table}::regclass and a.attname = 'id'`)) as unknown as { rows: { name: string }[] };
  return result.rows.map((r) => r.name);
}

/** How the database reads a table's rows by their ids, when it is told a scan of the table is dear. */
async function planOfIdLookup(table: string): Promise<PlanNode[]> {
  return t.database.db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    const result = (await tx.execute(
      sql.raw(`explain (format json) select * from ${table} where id in (1, 2, 3) order by id`),
    )) as unknown as { rows: Record<string, unknown>[] };
    const cell = Object.values(result.rows[0] ?? {})[0];
    const plan = (typeof cell === 'string' ? JSON.parse(cell) : cell) as { Plan: PlanNode }[];
    return nodesOf((plan[0] as { Plan: PlanNode }).Plan);
  });
}

// The rollup worker reads each batch's events by id (apply-outbox.ts, replay.ts). The events' primary
// keys lead with the district (for Citus), so without an index of their own every batch scanned the
// whole table: 30 s a batch on the 10 M-case city.
describe('the rollup worker finds its events by id through an index', () => {
  for (const table of ['case_events', 'whistle_events']) {
    it(`${table}: an index led by id, not a scan of the table`, async () => {
      const ledById = await indexesLedById(table);
      expect(ledById.length).toBeGreaterThan(0);
      const plan = await planOfIdLookup(table);
      // An index scan names its index; a bitmap scan names it on the child that reads the index.
      expect(plan.filter((n) => n['Node Type'] === 'Seq Scan')).toEqual([]);
      const used = plan.flatMap((n) => (n['Index Name'] ? [n['Index Name']] : []));
      expect(used.length).toBeGreaterThan(0);
      for (const name of used) expect(ledById).toContain(name);
    });
  }
});
