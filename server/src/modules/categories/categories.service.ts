import { count, desc, eq } from 'drizzle-orm';
import { type Executor, transaction } from '../../db/database.js';
import { announceChange } from '../../lib/cache/reference-cache.js';
import type { TimeLimit } from '../../lib/calendar/index.js';
import { notFound } from '../../lib/errors/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { categories, categoryClasses, categoryHistory as historyTable } from './categories.tables.js';
import { seedCategoryAttributes } from './category-attributes.js';
import { catalogueCache } from './category-catalogue.js';
import { assertValidRules, type CategoryRules } from './category-rules.js';
import { type CategoryRow, rowColumns } from './category-tree.js';
import { CATEGORY_CLASSES, SUBCATEGORIES } from './seed/catalogue.js';

export type CategoryChanges = Partial<CategoryRules>;

const categoryNotFound = (code: string) => notFound('CATEGORY_NOT_FOUND', `Category ${code} does not exist`);

/** The subclass's limit in the form the working calendar computes deadlines from. */
export function timeLimitOf(row: Pick<CategoryRow, 'timeLimitAmount' | 'timeLimitUnit'>): TimeLimit {
  return { amount: row.timeLimitAmount, unit: row.timeLimitUnit };
}

/**
 * Loads the seed catalogue into an empty categories table, each subclass at version 1 with its first
 * history row. Reference data: every database gets it, demo or not. Returns how many subclasses it added.
 */
export async function seedCategories(db: Executor): Promise<number> {
  const added = await seedCatalogue(db);
  // The extra questions (Open311 attributes) came later than the catalogue; databases from before get them too.
  const questions = await seedCategoryAttributes(db);
  if (added + questions > 0) catalogueCache.forget(db);
  return added;
}

async function seedCatalogue(db: Executor): Promise<number> {
  return transaction(db, async (tx) => {
    const [existing] = await tx.select({ n: count() }).from(categories);
    if ((existing?.n ?? 0) > 0) return 0;
    // Two servers starting at once on one PostgreSQL may both find the table empty; the loser's rows
    // conflict and are skipped, and only rows it actually inserted get a history row.
    await tx.insert(categoryClasses).values(CATEGORY_CLASSES).onConflictDoNothing();
    const inserted = await tx
      .insert(categories)
      .values(
        SUBCATEGORIES.map((s) => ({
          code: s.code,
          classCode: s.classCode,
          kind: s.kind,
          nameZh: s.nameZh,
          nameEn: s.nameEn,
          filingStandard: s.filingStandard,
          closingStandard: s.closingStandard,
          timeLimitAmount: s.timeLimit.amount,
          timeLimitUnit: s.timeLimit.unit,
          routing: s.routing,
          departmentType: s.departmentType,
          hotlineType: s.hotlineType ?? null,
          version: 1,
        })),
      )
      .onConflictDoNothing()
      .returning(rowColumns);
    if (inserted.length === 0) return 0;
    await announceChange(tx, catalogueCache);
    await tx
      .insert(historyTable)
      .values(inserted.map((row) => ({ categoryCode: row.code, version: row.version, snapshot: row })));
    await recordAudit(tx, {
      actorId: null,
      action: 'category.seed',
      entity: 'category',
      entityId: 'catalogue',
      after: { subcategories: inserted.length, classes: CATEGORY_CLASSES.length },
    });
    return inserted.length;
  });
}

export async function findCategory(db: Executor, code: string): Promise<CategoryRow | null> {
  const [row] = await db.select(rowColumns).from(categories).where(eq(categories.code, code));
  return row ?? null;
}

export async function getCategory(db: Executor, code: string): Promise<CategoryRow> {
  const row = await findCategory(db, code);
  if (!row) throw categoryNotFound(code);
  return row;
}

const changedFields = (before: CategoryRow, after: CategoryRules) =>
  (Object.keys(after) as (keyof CategoryRules)[]).filter((k) => before[k] !== after[k]);

/**
 * An admin's edit of one line of the responsibility list. A real change makes a new version with its
 * history snapshot, so open cases keep being judged by the version they were filed under; an edit that
 * changes nothing makes no version.
 */
export async function updateCategory(
  db: Executor,
  actor: AuthUser,
  code: string,
  changes: CategoryChanges,
): Promise<CategoryRow> {
  const after = await transaction(db, async (tx) => {
    // Locked so that two admins editing at once make versions n+1 and n+2, not two n+1.
    const [before] = await tx
      .select(rowColumns)
      .from(categories)
      .where(eq(categories.code, code))
      .for('update');
    if (!before) throw categoryNotFound(code);
    const rules: CategoryRules = {
      nameZh: changes.nameZh ?? before.nameZh,
      nameEn: changes.nameEn ?? before.nameEn,
      filingStandard: changes.filingStandard ?? before.filingStandard,
      closingStandard: changes.closingStandard ?? before.closingStandard,
      timeLimitAmount: changes.timeLimitAmount ?? before.timeLimitAmount,
      timeLimitUnit: changes.timeLimitUnit ?? before.timeLimitUnit,
      routing: changes.routing ?? before.routing,
      departmentType: changes.departmentType ?? before.departmentType,
      active: changes.active ?? before.active,
    };
    assertValidRules(code, rules);
    if (changedFields(before, rules).length === 0) return before;
    const [after] = await tx
      .update(categories)
      .set({ ...rules, version: before.version + 1, updatedAt: new Date(), updatedBy: actor.id })
      .where(eq(categories.code, code))
      .returning(rowColumns);
    if (!after) throw categoryNotFound(code);
    await tx
      .insert(historyTable)
      .values({ categoryCode: code, version: after.version, snapshot: after, changedBy: actor.id });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'category.update',
      entity: 'category',
      entityId: code,
      before,
      after,
    });
    await announceChange(tx, catalogueCache);
    return after;
  });
  catalogueCache.forget(db);
  return after;
}

export interface CategoryVersion {
  version: number;
  snapshot: CategoryRow;
  changedBy: string | null;
  changedAt: Date;
}

/** Every version of a subclass, newest first. */
export async function categoryHistory(db: Executor, code: string): Promise<CategoryVersion[]> {
  await getCategory(db, code);
  const rows = await db
    .select({
      version: historyTable.version,
      snapshot: historyTable.snapshot,
      changedBy: historyTable.changedBy,
      changedAt: historyTable.changedAt,
    })
    .from(historyTable)
    .where(eq(historyTable.categoryCode, code))
    .orderBy(desc(historyTable.version), desc(historyTable.id));
  // Snapshots are written only here, from rowColumns, so the jsonb holds a CategoryRow.
  return rows.map((r) => ({ ...r, snapshot: r.snapshot as CategoryRow }));
}
