import { type Static, Type } from 'typebox';
import { ADDRESS_KINDS } from '../enums/enums.js';
import { Nullable, OneOf } from '../http/common.schemas.js';

const Kind = OneOf(ADDRESS_KINDS);
const Named = Type.Object({ code: Type.String(), name: Type.String() });

/** GET /api/addresses/search */
export const AddressSearchQuery = Type.Object(
  {
    q: Type.String({
      minLength: 1,
      maxLength: 100,
      description: 'what the caller said: 义和路88号, 3号楼, or pinyin such as yhl or yiheLu',
      examples: ['义和路88号'],
    }),
    near: Type.Optional(
      Type.String({
        pattern: '^-?[0-9]{1,2}(\\.[0-9]+)?,-?[0-9]{1,3}(\\.[0-9]+)?$',
        description: 'lat,lng (WGS-84): among equal matches, the nearer come first',
        examples: ['43.86,125.30'],
      }),
    ),
    limit: Type.Integer({ minimum: 1, maximum: 30, default: 10 }),
  },
  { additionalProperties: false },
);
export type AddressSearchQuery = Static<typeof AddressSearchQuery>;

/** One place that answers a search: from the city's gazetteer, or from its own geocoder (external). */
export const AddressMatchSchema = Type.Object({
  id: Nullable(Type.String({ description: 'the gazetteer entry; null for a geocoder answer' })),
  kind: Kind,
  text: Type.String({ examples: ['义和路88号'] }),
  lat: Type.Number(),
  lng: Type.Number(),
  community: Nullable(Named),
  street: Nullable(Named),
  gridCode: Nullable(Type.String()),
  external: Type.Boolean({ description: "the city's geocoder answered this, not the gazetteer" }),
  distanceMeters: Nullable(Type.Number({ description: 'from `near`, when given' })),
});
export type AddressMatch = Static<typeof AddressMatchSchema>;

export const AddressSearchResult = Type.Object({
  items: Type.Array(AddressMatchSchema),
  geocoder: Type.Union([Type.Literal('off'), Type.Literal('answered'), Type.Literal('failed')], {
    description: "whether the city's geocoder was asked, and whether it answered in time",
  }),
});
export type AddressSearchResult = Static<typeof AddressSearchResult>;

/** POST /api/addresses/import: ?dryRun=true checks the file and writes nothing. */
export const AddressImportQuery = Type.Object(
  { dryRun: Type.Boolean({ default: false }) },
  { additionalProperties: false },
);
export type AddressImportQuery = Static<typeof AddressImportQuery>;

/** A GeoJSON FeatureCollection of Point features (application/json), or a CSV file (text/csv). */
export const AddressImportBody = Type.Union([
  Type.Object({ type: Type.Literal('FeatureCollection'), features: Type.Array(Type.Unknown()) }),
  Type.String({ description: 'CSV with the header kind,text,lat,lng (optional: source)' }),
]);
export type AddressImportBody = Static<typeof AddressImportBody>;

export const AddressImportProblem = Type.Object({
  row: Type.Integer({
    description: 'feature index from 0, or CSV line from 2 (after the header); -1 the file',
  }),
  reason: Type.String(),
});
export type AddressImportProblem = Static<typeof AddressImportProblem>;

export const AddressImportResult = Type.Object({
  dryRun: Type.Boolean(),
  /** Whether the rows were written: never on a dry run, never when any row is bad. */
  imported: Type.Boolean(),
  rows: Type.Integer(),
  byKind: Type.Record(Type.String(), Type.Integer()),
  /** Rows whose point lies in no grid: kept, but with no community. */
  outsideGrids: Type.Integer(),
  problems: Type.Array(AddressImportProblem),
  batch: Nullable(Type.String({ description: 'the import batch the rows carry' })),
});
export type AddressImportResult = Static<typeof AddressImportResult>;

/** The `geocoder` setting: the city's own address service, asked beside the gazetteer. */
export const GeocoderSettingSchema = Type.Object({
  urlTemplate: Type.String({
    description: 'http(s) URL with {q} where the typed text goes; empty: no geocoder',
    examples: ['https://geo.example.gov.cn/search?address={q}'],
  }),
  timeoutMs: Type.Integer({ minimum: 100, maximum: 10_000 }),
});
export type GeocoderSetting = Static<typeof GeocoderSettingSchema>;
