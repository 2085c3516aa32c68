import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { categories, categoryClasses } from './categories.tables.js';

/** A subclass and its line of the responsibility list, as the case module reads it at intake. */
export type CategoryRow = Omit<typeof categories.$inferSelect, 'updatedAt' | 'updatedBy'>;
export type CategoryClassRow = typeof categoryClasses.$inferSelect;

export const rowColumns = {
  code: categories.code,
  classCode: categories.classCode,
  kind: categories.kind,
  nameZh: categories.nameZh,
  nameEn: categories.nameEn,
  filingStandard: categories.filingStandard,
  closingStandard: categories.closingStandard,
  timeLimitAmount: categories.timeLimitAmount,
  timeLimitUnit: categories.timeLimitUnit,
  routing: categories.routing,
  departmentType: categories.departmentType,
  hotlineType: categories.hotlineType,
  active: categories.active,
  version: categories.version,
};

export interface CategoryClassNode extends CategoryClassRow {
  subcategories: CategoryRow[];
}

/** Classes in code order, each with its subclasses; without inactive subclasses unless asked. */
export async function listCategoryTree(
  db: Executor,
  opts: { includeInactive?: boolean } = {},
): Promise<CategoryClassNode[]> {
  const classes = await db.select().from(categoryClasses).orderBy(asc(categoryClasses.code));
  const rows = await db
    .select(rowColumns)
    .from(categories)
    .where(opts.includeInactive ? undefined : eq(categories.active, true))
    .orderBy(asc(categories.code));
  const byClass = new Map<string, CategoryRow[]>();
  for (const row of rows) byClass.set(row.classCode, [...(byClass.get(row.classCode) ?? []), row]);
  return classes
    .map((c) => ({ ...c, subcategories: byClass.get(c.code) ?? [] }))
    .filter((c) => opts.includeInactive || c.subcategories.length > 0);
}
