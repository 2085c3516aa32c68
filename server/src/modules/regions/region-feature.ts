import type { RegionLevel } from '../../lib/codes/region-code.js';
import type { PolygonalGeometry } from '../../lib/geo/geojson.js';

/** A region node as imported and stored. */
export interface RegionRecord {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  geometry: PolygonalGeometry;
  gridType: 'basic' | 'special' | null;
  ownerOfLastResort: string | null;
  validFrom: string | null;
  validTo: string | null;
}

/** What one problem in an import file is: which feature, and why it was refused. */
export interface FeatureProblem {
  index: number;
  code: string | null;
  reason: string;
}
