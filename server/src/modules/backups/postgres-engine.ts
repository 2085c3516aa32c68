import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type pg from 'pg';
import { connectOutsidePool } from '../../db/postgres-hosts.js';
import { postgresTool } from './postgres-binaries.js';
import { digestTables, type TableDigest } from './table-digest.js';

const run = promisify(execFile);

const connect = (url: string): Promise<pg.Client> => connectOutsidePool({ url });

const queryOf = (client: pg.Client) => async (sql: string) => (await client.query(sql)).rows;

async function serverMajor(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ v: string }>('show server_version_num');
  return Math.floor(Number(rows[0]?.v) / 10_000);
}

/**
 * pg_dump in PostgreSQL's custom format, while Needle keeps running. The digests are taken in the
 * transaction whose snapshot the dump reads, so they describe exactly the rows in the file.
 */
export async function dumpPostgres(url: string, file: string): Promise<Record<string, TableDigest>> {
  const client = await connect(url);
  try {
    await client.query('begin isolation level repeatable read read only');
    const { rows } = await client.query<{ snapshot: string }>('select pg_export_snapshot() as snapshot');
    const digests = await digestTables(queryOf(client));
    await run(postgresTool('pg_dump', await serverMajor(client)), [
      `--snapshot=${rows[0]?.snapshot}`,
      '--format=custom',
      `--file=${file}`,
      `--dbname=${url}`,
    ]);
    await client.query('commit');
    return digests;
  } finally {
    await client.end();
  }
}

/** Whether the database holds any table yet: a restore over one must be asked for. */
export async function postgresHoldsTables(url: string): Promise<boolean> {
  const client = await connect(url);
  try {
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int as n from information_schema.tables
        where table_schema not in ('pg_catalog', 'information_schema')`,
    );
    return (rows[0]?.n ?? 0) > 0;
  } finally {
    await client.end();
  }
}

/** pg_restore in one transaction: a restore that fails part way leaves the database as it was. */
export async function restorePostgres(
  url: string,
  file: string,
  replace: boolean,
): Promise<Record<string, TableDigest>> {
  const client = await connect(url);
  try {
    const tool = postgresTool('pg_restore', await serverMajor(client));
    await run(tool, [
      '--single-transaction',
      '--exit-on-error',
      '--no-owner',
      '--no-privileges',
      ...(replace ? ['--clean', '--if-exists'] : []),
      `--dbname=${url}`,
      file,
    ]);
    return await digestTables(queryOf(client));
  } finally {
    await client.end();
  }
}
