/** Runs one statement and gives its rows: a PGlite client and a pg client both fit. */
export type RunQuery = (sql: string) => Promise<Record<string, unknown>[]>;

/** A table's row count and a digest of its rows, whatever their order. */
export interface TableDigest {
  rows: number;
  digest: string;
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Every table's rows, digested: how a restore proves it brought back everything the backup held.
 * Each row's text is hashed and the hashes summed, so the digest needs no ordering and no string the
 * size of the table (a city of ten million cases would pass PostgreSQL's 1 GB limit on one value).
 */
export async function digestTables(query: RunQuery): Promise<Record<string, TableDigest>> {
  const tables = (await query(
    `select table_schema as schema, table_name as name from information_schema.tables
      where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
      order by 1, 2`,
  )) as { schema: string; name: string }[];
  const digests: Record<string, TableDigest> = {};
  for (const { schema, name } of tables) {
    const [row] = await query(
      `select count(*)::int as rows,
              coalesce(sum(('x' || substr(md5(t::text), 1, 15))::bit(60)::bigint), 0)::text as digest
         from only ${quoted(schema)}.${quoted(name)} t`,
    );
    digests[`${schema}.${name}`] = { rows: Number(row?.rows), digest: String(row?.digest) };
  }
  return digests;
}

/** The tables whose rows differ between two digests, with what each side holds. */
export function digestDifferences(
  expected: Record<string, TableDigest>,
  actual: Record<string, TableDigest>,
): string[] {
  const names = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  return names.flatMap((name) => {
    const e = expected[name];
    const a = actual[name];
    if (e && a && e.rows === a.rows && e.digest === a.digest) return [];
    const rows = (d: TableDigest | undefined) => (d ? `${d.rows} rows` : 'missing');
    return [
      `${name}: the backup holds ${rows(e)}, the restored database ${rows(a)}${e && a && e.rows === a.rows ? ' with other contents' : ''}`,
    ];
  });
}
