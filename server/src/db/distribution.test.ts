import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { beforeAll, describe, expect, it } from 'vitest';
import { distributionGaps, TABLE_HOMES, type TableHome, type TableShape } from './distribution.js';

const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../drizzle');

/** Every table of the public schema after all migrations, read from the catalog. */
async function tablesAfterMigrations(): Promise<TableShape[]> {
  const client = new PGlite();
  await migrate(drizzle({ client }), { migrationsFolder });
  const rows = async <T>(text: string) => (await client.query<T>(text)).rows;
  const tables = await rows<{ name: string }>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition order by 1`,
  );
  const columns = await rows<{ table: string; name: string; not_null: boolean }>(
    `select c.relname as table, a.attname as name, a.attnotnull as not_null
     from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and a.attnum > 0 and not a.attisdropped`,
  );
  const indexes = await rows<{ table: string; name: string; primary: boolean; columns: string[] }>(
    `select t.relname as table, i.relname as name, x.indisprimary as primary,
       array(select coalesce(a.attname, '(expression)') from unnest(x.indkey) with ordinality k(attnum, n)
             left join pg_attribute a on a.attrelid = x.indrelid and a.attnum = k.attnum order by k.n) as columns
     from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
     join pg_namespace n on n.oid = t.relnamespace where n.nspname = 'public' and x.indisunique`,
  );
  const foreignKeys = await rows<{
    table: string;
    name: string;
    references: string;
    columns: string[];
    referenced: string[];
  }>(
    `select t.relname as table, k.conname as name, r.relname as references,
       array(select a.attname from unnest(k.conkey) with ordinality c(attnum, n)
             join pg_attribute a on a.attrelid = k.conrelid and a.attnum = c.attnum order by c.n) as columns,
       array(select a.attname from unnest(k.confkey) with ordinality c(attnum, n)
             join pg_attribute a on a.attrelid = k.confrelid and a.attnum = c.attnum order by c.n) as referenced
     from pg_constraint k join pg_class t on t.oid = k.conrelid join pg_class r on r.oid = k.confrelid
     join pg_namespace n on n.oid = t.relnamespace where n.nspname = 'public' and k.contype = 'f'`,
  );
  await client.close();
  return tables.map(({ name }) => ({
    name,
    columns: columns.filter((c) => c.table === name).map((c) => ({ name: c.name, notNull: c.not_null })),
    primaryKey: indexes.find((i) => i.table === name && i.primary)?.columns ?? [],
    uniqueKeys: indexes
      .filter((i) => i.table === name && !i.primary)
      .map((i) => ({ name: i.name, columns: i.columns })),
    foreignKeys: foreignKeys
      .filter((k) => k.table === name)
      .map((k) => ({
        name: k.name,
        columns: k.columns,
        references: k.references,
        referencedColumns: k.referenced,
      })),
  }));
}

const homeOf = (table: string): TableHome | undefined => TABLE_HOMES[table];

/**
 * The work left before Needle's schema can go on Citus: each line is a table that does not yet follow
 * the rules of its home. It may only shrink: a table put right fails this test until its line goes,
 * and a new table, or a new key on an old one, that breaks a rule fails it at once.
 */
const GAPS_LEFT: string[] = [];

describe('the schema is ready for Citus, distributed by district (over every migration)', () => {
  let tables: TableShape[];
  beforeAll(async () => {
    tables = await tablesAfterMigrations();
  }, 60_000);

  it('every table says where it lives, and every table named there exists', () => {
    const names = tables.map((t) => t.name);
    expect(names.filter((n) => !homeOf(n))).toEqual([]);
    expect(Object.keys(TABLE_HOMES).filter((n) => !names.includes(n))).toEqual([]);
  });

  it('the tables follow the rules of their home, but for the gaps still listed', () => {
    expect(tables.flatMap((t) => distributionGaps(t, homeOf))).toEqual(GAPS_LEFT);
  });
});

describe('distributionGaps: the rules', () => {
  const homes: Record<string, TableHome> = {
    cases: 'district',
    events: 'district',
    users: 'coordinator',
    categories: 'reference',
  };
  const home = (t: string) => homes[t];
  const districtColumns = [
    { name: 'district_code', notNull: true },
    { name: 'id', notNull: true },
  ];
  const ready: TableShape = {
    name: 'events',
    columns: [...districtColumns, { name: 'case_id', notNull: true }],
    primaryKey: ['district_code', 'id'],
    uniqueKeys: [{ name: 'events_case_idx', columns: ['district_code', 'case_id', 'id'] }],
    foreignKeys: [
      {
        name: 'events_case_fk',
        columns: ['district_code', 'case_id'],
        references: 'cases',
        referencedColumns: ['district_code', 'id'],
      },
      {
        name: 'events_category_fk',
        columns: ['category'],
        references: 'categories',
        referencedColumns: ['code'],
      },
    ],
  };

  it('finds nothing in a district table keyed and referencing by district', () => {
    expect(distributionGaps(ready, home)).toEqual([]);
  });

  it('names each broken rule of a district table', () => {
    expect(
      distributionGaps(
        {
          ...ready,
          columns: [{ name: 'district_code', notNull: false }, ...ready.columns.slice(1)],
          primaryKey: ['id'],
          uniqueKeys: [{ name: 'events_code_idx', columns: ['code'] }],
          foreignKeys: [
            { name: 'events_case_fk', columns: ['case_id'], references: 'cases', referencedColumns: ['id'] },
            { name: 'events_user_fk', columns: ['user_id'], references: 'users', referencedColumns: ['id'] },
          ],
        },
        home,
      ),
    ).toEqual([
      'events: district_code may be null',
      'events: primary key (id) lacks district_code',
      'events: unique key events_code_idx (code) lacks district_code',
      'events: foreign key events_case_fk to cases does not pair district_code',
      'events: references users, a coordinator table (user_id)',
    ]);
    expect(distributionGaps({ ...ready, columns: ready.columns.slice(1) }, home)).toEqual([
      'events: no district_code column',
    ]);
  });

  it('keeps reference tables to reference tables, coordinator tables off district tables, and every table classified', () => {
    const fk = (references: string) => [
      { name: 'fk', columns: ['x'], references, referencedColumns: ['id'] },
    ];
    const bare = { columns: [], primaryKey: ['id'], uniqueKeys: [] };
    expect(distributionGaps({ name: 'categories', ...bare, foreignKeys: fk('users') }, home)).toEqual([
      'categories: a reference table references users (coordinator)',
    ]);
    expect(distributionGaps({ name: 'users', ...bare, foreignKeys: fk('cases') }, home)).toEqual([
      'users: a coordinator table references cases, a district table',
    ]);
    expect(distributionGaps({ name: 'users', ...bare, foreignKeys: fk('categories') }, home)).toEqual([]);
    expect(distributionGaps({ name: 'photos', ...bare, foreignKeys: [] }, home)).toEqual([
      'photos: not classified in TABLE_HOMES (district, reference or coordinator)',
    ]);
  });
});
