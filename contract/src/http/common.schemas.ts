import { type TSchema, Type } from 'typebox';

/** The one shape of every error the API returns. */
export const ErrorSchema = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String() }),
});

export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const Uuid = Type.String({ format: 'uuid' });

/** A month, YYYY-MM; the server's `year-month` format refuses years before 1000, which dates misread. */
export const YearMonth = Type.String({
  pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$',
  format: 'year-month',
  examples: ['2026-11'],
});

/** One of an enum's values: the OpenAPI document lists them, and the web's types narrow to them. */
// Written as a string with an `enum` list, so the document only gains the list where it had a plain string.
export const OneOf = <V extends string>(values: readonly V[]) =>
  Type.Unsafe<V>({ type: 'string', enum: [...values] });

/**
 * One of an enum's values as an `anyOf` of constants, the form the document already used for these
 * fields, typed as the enum (a plain Type.Union over a mapped array would type as never).
 */
export const LiteralUnion = <V extends string>(values: readonly V[]) =>
  Type.Unsafe<V>(Type.Union(values.map((v) => Type.Literal(v))));

/** One page of a list: the total, where the page is, and its items. */
export const PageOf = <T extends TSchema>(item: T) =>
  Type.Object({
    total: Type.Integer(),
    page: Type.Integer(),
    pageSize: Type.Integer(),
    items: Type.Array(item),
  });
