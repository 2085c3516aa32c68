import type { Db } from '../../db/database.js';
import { referenceCache } from '../../lib/cache/reference-cache.js';
import { CATEGORIES_CHANGED } from './categories-changed.js';
import { type CategoryAttributeRow, listCategoryAttributes } from './category-attributes.js';
import { type CategoryClassNode, type CategoryRow, listCategoryTree } from './category-tree.js';

/** The responsibility list as intake and Open311 read it, held in memory between changes. */
export interface CategoryCatalogue {
  /** Classes in code order, each with its subclasses in use; classes with none in use are left out. */
  inUse: CategoryClassNode[];
  /** Every subclass by code, in use or not. */
  byCode: ReadonlyMap<string, CategoryRow>;
  /** Each subclass's extra questions, in their asking order. */
  attributes: ReadonlyMap<string, CategoryAttributeRow[]>;
}

async function loadCatalogue(db: Db): Promise<CategoryCatalogue> {
  const [tree, attributeRows] = await Promise.all([
    listCategoryTree(db, { includeInactive: true }),
    listCategoryAttributes(db),
  ]);
  const byCode = new Map(tree.flatMap((c) => c.subcategories.map((s) => [s.code, s] as const)));
  const attributes = new Map<string, CategoryAttributeRow[]>();
  for (const a of attributeRows)
    attributes.set(a.categoryCode, [...(attributes.get(a.categoryCode) ?? []), a]);
  const inUse = tree
    .map((c) => ({ ...c, subcategories: c.subcategories.filter((s) => s.active) }))
    .filter((c) => c.subcategories.length > 0);
  return { inUse, byCode, attributes };
}

export const catalogueCache = referenceCache(CATEGORIES_CHANGED, loadCatalogue);

/** A subclass by code from the catalogue in memory, in use or not; null when there is none. */
export async function categoryInCatalogue(db: Db, code: string): Promise<CategoryRow | null> {
  return (await catalogueCache.get(db)).byCode.get(code) ?? null;
}
