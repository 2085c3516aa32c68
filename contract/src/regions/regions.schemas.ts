import { type Static, type TSchema, Type } from 'typebox';
import { GRID_TYPES, REGION_LEVELS, type RegionLevel } from '../enums/enums.js';
import { Nullable, OneOf } from '../http/common.schemas.js';

/** GET /api/regions/:code and /api/regions/:code/grids */
export const RegionCodeParams = Type.Object({
  code: Type.String({
    pattern: '^[0-9]{12}([0-9]{3})?$',
    description: '12-digit region code or 15-digit grid code',
  }),
});
export type RegionCodeParams = Static<typeof RegionCodeParams>;

const Level = OneOf(REGION_LEVELS);
const GridTypeSchema = Nullable(OneOf(GRID_TYPES));

/** A GeoJSON (RFC 7946) polygon, WGS-84: the outer ring first, then holes; every ring closed. */
export interface Polygon {
  type: 'Polygon';
  /** Rings of [longitude, latitude] positions. */
  coordinates: [number, number][][];
}

export interface MultiPolygon {
  type: 'MultiPolygon';
  coordinates: [number, number][][][];
}

/** The shape of every region: the server stores nothing but (multi)polygons, checked on import. */
export type PolygonalGeometry = Polygon | MultiPolygon;

// The document says no more than a type and a list of coordinates; the server checks the rest on import.
const GeometrySchema = Type.Unsafe<PolygonalGeometry>(
  Type.Object({ type: OneOf(['Polygon', 'MultiPolygon']), coordinates: Type.Array(Type.Any()) }),
);

/** For an `everywhere` user with several root cities the root is a nameless node with code ''. */
export interface RegionTreeNode {
  code: string;
  name: string;
  level: RegionLevel;
  children: RegionTreeNode[];
}

// The tree is at most five levels deep (city > district > street > community > grid), so its schema is
// spelled out to that depth rather than made recursive, which the response serialiser handles poorly.
const treeNode = (depth: number): TSchema =>
  Type.Object({
    code: Type.String(),
    name: Type.String(),
    level: Level,
    children: Type.Array(depth > 1 ? treeNode(depth - 1) : Type.Object({})),
  });
export const RegionTreeNodeSchema = Type.Unsafe<RegionTreeNode>(treeNode(5));

/** GET /api/regions/tree: the region tree of the user's jurisdiction, down to grids. */
export const RegionTreeResponse = Type.Object({ root: RegionTreeNodeSchema });
export type RegionTreeResponse = Static<typeof RegionTreeResponse>;

/** GET /api/regions/locate: a WGS-84 point. */
export const LocateQuery = Type.Object(
  {
    lat: Type.Number({ minimum: -90, maximum: 90 }),
    lng: Type.Number({ minimum: -180, maximum: 180 }),
  },
  { additionalProperties: false },
);
export type LocateQuery = Static<typeof LocateQuery>;

export const NamedCodeSchema = Type.Object({ code: Type.String(), name: Type.String() });
export type NamedCode = Static<typeof NamedCodeSchema>;

/** The grid a point lies in, with its community, street and district. */
export const LocatedGridSchema = Type.Object({
  grid: Type.Object({
    code: Type.String(),
    name: Type.String(),
    gridType: GridTypeSchema,
  }),
  community: NamedCodeSchema,
  street: NamedCodeSchema,
  district: NamedCodeSchema,
});
export type LocatedGrid = Static<typeof LocatedGridSchema>;

/** One region node with its polygon. */
export const RegionSchema = Type.Object({
  code: Type.String(),
  name: Type.String(),
  level: Level,
  parentCode: Nullable(Type.String()),
  geometry: GeometrySchema,
  gridType: GridTypeSchema,
  ownerOfLastResort: Nullable(Type.String()),
  validFrom: Nullable(Type.String()),
  validTo: Nullable(Type.String()),
});
export type Region = Static<typeof RegionSchema>;

/** A node named by code, name and level: an ancestor of another. */
export const RegionRefSchema = Type.Object({ code: Type.String(), name: Type.String(), level: Level });
export type RegionRef = Static<typeof RegionRefSchema>;

/** GET /api/regions/:code: the node and its ancestors, nearest first. */
export const RegionDetailSchema = Type.Object({
  region: RegionSchema,
  ancestors: Type.Array(RegionRefSchema),
});
export type RegionDetail = Static<typeof RegionDetailSchema>;

export const GridPropertiesSchema = Type.Object({
  code: Type.String(),
  name: Type.String(),
  gridType: GridTypeSchema,
  communityCode: Nullable(Type.String()),
});
export type GridProperties = Static<typeof GridPropertiesSchema>;

/** A grid as a GeoJSON Feature. */
export const GridFeatureSchema = Type.Object({
  type: Type.Literal('Feature'),
  properties: GridPropertiesSchema,
  geometry: GeometrySchema,
});
export type GridFeature = Static<typeof GridFeatureSchema>;

/** GET /api/regions/:code/grids: every grid at or below the node. */
export const GridCollectionSchema = Type.Object({
  type: Type.Literal('FeatureCollection'),
  features: Type.Array(GridFeatureSchema),
});
export type GridCollection = Static<typeof GridCollectionSchema>;

/** POST /api/regions/import: a GeoJSON FeatureCollection of regions, checked feature by feature. */
export const RegionImportBody = Type.Object({
  type: Type.Literal('FeatureCollection'),
  features: Type.Array(Type.Unknown()),
});
export type RegionImportBody = Static<typeof RegionImportBody>;

export const RegionImportResponse = Type.Object({ created: Type.Integer(), updated: Type.Integer() });
export type RegionImportResponse = Static<typeof RegionImportResponse>;
