import { inArray } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { departments } from '../departments/departments.tables.js';

/** The names of the departments named, by id; an id missing from the answer names no department. */
export async function departmentNames(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(inArray(departments.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}
