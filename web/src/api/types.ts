import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

// 市 / 区 / 街道 / 社区 / 网格: the administrative ladder a grid hangs from.
export type RegionLevel = 'city' | 'district' | 'street' | 'community' | 'grid';

export type Jurisdiction =
  | { kind: 'region'; code: string; level: RegionLevel; name: string }
  | { kind: 'department'; departmentId: string; name: string; regionCode: string }
  /** The installation's first administrator, who exists before any region does. */
  | { kind: 'everywhere'; name: string };

export interface Me {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  permissions: string[];
  jurisdiction: Jurisdiction;
}

/** For an `everywhere` user with several root cities the root is a nameless node with code ''. */
export interface RegionTreeNode {
  code: string;
  name: string;
  level: RegionLevel;
  children: RegionTreeNode[];
}

export interface RegionRef {
  code: string;
  name: string;
  level: RegionLevel;
}

// 基础网格 basic grids cover where people live; 专属网格 special grids cover a campus, a market, a park.
export type GridType = 'basic' | 'special';

export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  geometry: Polygon | MultiPolygon;
  gridType?: GridType | null;
  ownerOfLastResort?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
}

export interface RegionDetail {
  region: Region;
  ancestors: RegionRef[];
}

export interface GridProperties {
  code: string;
  name: string;
  gridType: GridType | null;
  communityCode: string | null;
}

export type GridFeature = Feature<Polygon | MultiPolygon, GridProperties>;
export type GridCollection = FeatureCollection<Polygon | MultiPolygon, GridProperties>;

export interface NamedCode {
  code: string;
  name: string;
}

export interface LocatedGrid {
  grid: NamedCode & { gridType: GridType | null };
  community: NamedCode;
  street: NamedCode;
  district: NamedCode;
}
