import fs from 'node:fs';

/**
 * The path of pg_dump or pg_restore for the server's major version: a dump tool older than the
 * server refuses to dump it, and Debian keeps each version's tools in their own directory.
 */
export function postgresTool(name: 'pg_dump' | 'pg_restore', serverMajor: number): string {
  const own = process.env.NEEDLE_PG_BIN;
  if (own) return `${own}/${name}`;
  const versioned = `/usr/lib/postgresql/${serverMajor}/bin/${name}`;
  return fs.existsSync(versioned) ? versioned : name;
}
