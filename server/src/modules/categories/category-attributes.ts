import { asc, count, inArray } from 'drizzle-orm';
import { type Executor, transaction } from '../../db/database.js';
import { announceChange } from '../../lib/cache/reference-cache.js';
import { recordAudit } from '../audit/audit.service.js';
import { categories, categoryAttributes } from './categories.tables.js';
import { CATEGORIES_CHANGED } from './categories-changed.js';
import { type AttributeValueSeed, CATEGORY_ATTRIBUTES } from './seed/attributes.js';

export type CategoryAttributeRow = Omit<typeof categoryAttributes.$inferSelect, 'values'> & {
  values: AttributeValueSeed[];
};

/**
 * Loads the seed attributes when the table is empty, for the categories that exist. Runs on every
 * start, so a database made before attributes existed gets them too; once a city has any, it is left alone.
 */
export async function seedCategoryAttributes(db: Executor): Promise<number> {
  return transaction(db, async (tx) => {
    const [existing] = await tx.select({ n: count() }).from(categoryAttributes);
    if ((existing?.n ?? 0) > 0) return 0;
    const known = new Set(
      (
        await tx
          .select({ code: categories.code })
          .from(categories)
          .where(
            inArray(
              categories.code,
              CATEGORY_ATTRIBUTES.map((a) => a.categoryCode),
            ),
          )
      ).map((c) => c.code),
    );
    const rows = CATEGORY_ATTRIBUTES.filter((a) => known.has(a.categoryCode)).map((a) => ({
      ...a,
      values: a.values ?? null,
    }));
    if (rows.length === 0) return 0;
    // Two servers starting at once may both find the table empty; the loser's rows are skipped.
    const inserted = await tx
      .insert(categoryAttributes)
      .values(rows)
      .onConflictDoNothing()
      .returning({ code: categoryAttributes.code });
    if (inserted.length > 0) {
      await announceChange(tx, { channel: CATEGORIES_CHANGED });
      await recordAudit(tx, {
        actorId: null,
        action: 'category.attributes.seed',
        entity: 'category',
        entityId: 'attributes',
        after: { attributes: inserted.length },
      });
    }
    return inserted.length;
  });
}

/** The attributes of the given categories (all when none are named), in their asking order. */
export async function listCategoryAttributes(
  db: Executor,
  categoryCodes?: string[],
): Promise<CategoryAttributeRow[]> {
  const rows = await db
    .select()
    .from(categoryAttributes)
    .where(categoryCodes ? inArray(categoryAttributes.categoryCode, categoryCodes) : undefined)
    .orderBy(
      asc(categoryAttributes.categoryCode),
      asc(categoryAttributes.order),
      asc(categoryAttributes.code),
    );
  // Written only from the seed's shape (or by an admin through the same shape), so the jsonb is a value list.
  return rows.map((r) => ({ ...r, values: (r.values as AttributeValueSeed[] | null) ?? [] }));
}
