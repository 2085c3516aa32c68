import fc from 'fast-check';
import { demo } from '../demo-places.js';

/** The parts of a JSON Schema (as TypeBox writes them into the OpenAPI document) the generator reads. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  example?: unknown;
}

/** Real places of the demo city, so that a valid code sometimes names something that exists. */
const CODES = [
  demo.city,
  demo.district,
  demo.yongchang,
  demo.yongchangCommunity,
  demo.yongchangOtherCommunity,
  demo.gridOf(demo.yongchangCommunity),
];
const FORGED_UUID = '00000000-0000-4000-8000-000000000000';

const byFormat: Record<string, fc.Arbitrary<string>> = {
  uuid: fc.oneof(fc.uuid({ version: 4 }), fc.constant(FORGED_UUID)),
  date: fc
    .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  'date-time': fc
    .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  'year-month': fc
    .tuple(fc.integer({ min: 2020, max: 2030 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  'region-code': fc.constantFrom(...CODES.filter((c) => c.length === 12)),
  'region-or-grid-code': fc.constantFrom(...CODES),
  email: fc.emailAddress(),
};

function stringOf(schema: JsonSchema): fc.Arbitrary<string> {
  const known = schema.format ? byFormat[schema.format] : undefined;
  if (known) return known;
  if (schema.pattern) {
    try {
      return fc
        .stringMatching(new RegExp(schema.pattern))
        .filter((s) => s.length <= (schema.maxLength ?? 10_000));
    } catch {
      // A pattern fast-check cannot read falls back to plain strings, which the server may refuse.
    }
  }
  return fc.string({
    unit: 'grapheme',
    minLength: schema.minLength ?? 0,
    maxLength: Math.min(schema.maxLength ?? 40, 200),
  });
}

/** Values the schema accepts, or most often does: a pattern or format the generator cannot read aside. */
export function validOf(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return fc.oneof(...options.map((o) => validOf(o, depth + 1)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return stringOf(schema);
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 100_000 });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1000, max: schema.maximum ?? 100_000, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(validOf(schema.items ?? {}, depth + 1), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 4, 6),
      });
    case 'object': {
      const properties = schema.properties ?? {};
      const required = schema.required ?? [];
      return fc.record(
        Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, validOf(v, depth + 1)])),
        { requiredKeys: required.filter((k) => k in properties) },
      );
    }
    default:
      return depth > 3 ? fc.constant(null) : fc.jsonValue({ maxDepth: 2 });
  }
}

/** What a careless or hostile client sends in place of a value. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    -1,
    0,
    -2_147_483_649,
    Number.MAX_SAFE_INTEGER,
    1e308,
    -1e308,
    1.5,
    true,
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '💩🏳️‍🌈',
    '𠀀𪚥',
    '\u202e\ufeff',
    "'; drop table cases; --",
    '../../etc/passwd',
    '<script>alert(1)</script>',
    FORGED_UUID,
    'not-a-uuid',
    '9999-99-99',
    '220104004001001',
    '999999999999',
    [],
    {},
    { __proto__: { admin: true } },
    [null],
  ),
  fc.string({ unit: 'binary', maxLength: 64 }),
  fc.string({ unit: 'grapheme', minLength: 5_000, maxLength: 20_000 }),
  fc.integer(),
  fc.double(),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Values the schema should refuse, most of them close to valid: one field wrong, missing or extra. */
export function invalidOf(schema: JsonSchema): fc.Arbitrary<unknown> {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'object' && schema.properties && Object.keys(schema.properties).length > 0) {
    const keys = Object.keys(schema.properties);
    return fc.oneof(
      // One field replaced by a nasty value.
      fc
        .tuple(validOf(schema) as fc.Arbitrary<Record<string, unknown>>, fc.constantFrom(...keys), nastyValue)
        .map(([value, key, nasty]) => ({ ...value, [key]: nasty })),
      // A required field left out.
      fc
        .tuple(validOf(schema) as fc.Arbitrary<Record<string, unknown>>, fc.constantFrom(...keys))
        .map(([value, key]) => {
          const { [key]: _left, ...rest } = value;
          return rest;
        }),
      // A field nobody defined.
      (validOf(schema) as fc.Arbitrary<Record<string, unknown>>).map((value) => ({
        ...value,
        isAdmin: true,
      })),
      nastyValue,
    );
  }
  return nastyValue;
}
