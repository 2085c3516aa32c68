import { type AnyPgColumn, foreignKey, index, primaryKey, text } from 'drizzle-orm/pg-core';

/**
 * The parts every district table's drizzle definition shares (docs/scaling.md, section 4): the
 * district column, the key it leads, and foreign keys that pair it. The migrations write the same
 * names; distribution.test.ts holds the schema to the rules.
 */

/** The district the row lies in: the district's own region code (districtCodeOf). */
export const districtCode = () => text('district_code').notNull();

/** The primary key (district_code, id), and an index on id alone for reads by id. */
export function districtKey(table: string, t: { districtCode: AnyPgColumn; id: AnyPgColumn }) {
  return [
    primaryKey({ name: `${table}_pkey`, columns: [t.districtCode, t.id] }),
    index(`${table}_id_idx`).on(t.id),
  ];
}

/** A foreign key that pairs the district with the referenced row's: both lie in one district. */
export function inDistrict(
  name: string,
  columns: [AnyPgColumn, AnyPgColumn],
  foreignColumns: [AnyPgColumn, AnyPgColumn],
) {
  return foreignKey({ name, columns, foreignColumns });
}

/** A row's foreign key to its parent (`column` holds the parent's id), paired with the district. */
export function inParent(
  name: string,
  t: { districtCode: AnyPgColumn },
  column: AnyPgColumn,
  parent: { districtCode: AnyPgColumn; id: AnyPgColumn },
) {
  return inDistrict(name, [t.districtCode, column], [parent.districtCode, parent.id]);
}
