import { type Static, Type } from 'typebox';
import { BASE_MAP_KINDS, CASE_STATUSES } from '../enums/enums.js';

// The document has always listed these values as a union of literals (anyOf of consts); kept so, typed as
// the union of the values.
const LiteralUnion = <V extends string>(values: readonly V[]) =>
  Type.Unsafe<V>(Type.Union(values.map((v) => Type.Literal(v))));

/**
 * The tiles under the map, chosen by an admin at run time (setting `baseMap`). `none` draws no tiles
 * (an intranet without a tile server); `tianditu` needs the city's 天地图 key; `gcj02` is an AMap- or
 * Tencent-style template whose tiles are shifted (GCJ-02), so every WGS-84 overlay is converted to it;
 * `wgs84` an OSM-style template drawn as is.
 */
export const BaseMapSchema = Type.Object(
  {
    kind: LiteralUnion(BASE_MAP_KINDS),
    /** `gcj02` and `wgs84`: an http(s) URL template with {z}, {x} and {y} (and {s} for subdomains). */
    url: Type.Optional(Type.String({ maxLength: 500 })),
    /** Letters or digits that replace {s}, e.g. "1234" for AMap's webrd01…04. */
    subdomains: Type.Optional(Type.String({ maxLength: 16 })),
    attribution: Type.Optional(Type.String({ maxLength: 200 })),
    /** `tianditu`: the browser key (tk) the city registered. */
    key: Type.Optional(Type.String({ maxLength: 64 })),
  },
  { additionalProperties: false },
);
export type BaseMap = Static<typeof BaseMapSchema>;

/** GET /api/map/cases: which cases to draw. Without a status, every status. */
export const MapCasesQuery = Type.Object(
  {
    status: Type.Optional(Type.Array(LiteralUnion(CASE_STATUSES), { maxItems: 13 })),
    categoryCode: Type.Optional(Type.String({ pattern: '^[CE][0-9]{4}$' })),
    /** Only cases located under this region (it must be in the jurisdiction to show anything). */
    regionCode: Type.Optional(
      Type.String({ pattern: '^[0-9]{12}([0-9]{3})?$', format: 'region-or-grid-code' }),
    ),
    /** Reported on or after this day (China time). */
    from: Type.Optional(Type.String({ format: 'date' })),
    /** Reported on or before this day (China time). */
    to: Type.Optional(Type.String({ format: 'date' })),
    /** west,south,east,north in WGS-84 degrees: only cases inside. */
    bbox: Type.Optional(
      Type.String({
        pattern: '^-?[0-9.]+,-?[0-9.]+,-?[0-9.]+,-?[0-9.]+$',
        maxLength: 80,
        description: 'west,south,east,north (WGS-84)',
      }),
    ),
  },
  { additionalProperties: false },
);
export type MapCasesQuery = Static<typeof MapCasesQuery>;

/**
 * The cases to draw, column by column: one array per field, the i-th entry of each describing the
 * i-th case. 50,000 cases as objects would repeat every field name 50,000 times. Status and category are
 * indexes into `statuses` and `categories`; `light` is 0 none (closed or no clock), 1 green, 2 yellow,
 * 3 red. No personal data: no reporter, no description, no address.
 */
export const MapCasesResponse = Type.Object({
  count: Type.Integer(),
  /** True when more cases matched than the answer carries (MAP_CASES_LIMIT): narrow the filters. */
  truncated: Type.Boolean(),
  statuses: Type.Array(Type.String()),
  categories: Type.Array(Type.String()),
  id: Type.Array(Type.String()),
  lat: Type.Array(Type.Number()),
  lng: Type.Array(Type.Number()),
  light: Type.Array(Type.Integer()),
  status: Type.Array(Type.Integer()),
  category: Type.Array(Type.Integer()),
});
export type MapCases = Static<typeof MapCasesResponse>;

/** The most cases one answer carries: a whole city's year, and still a few megabytes. */
export const MAP_CASES_LIMIT = 200_000;

/** The code of `light` in MapCasesResponse. */
export const MAP_LIGHTS = [null, 'green', 'yellow', 'red'] as const;
