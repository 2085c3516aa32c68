import { regionPrefix } from '../../lib/codes/region-code.js';

/**
 * Where a user answers for: a node of the region tree, or a department (which serves an area).
 * Every read is filtered through it; a record outside it is reported as not found, never as forbidden,
 * so that a forged ID tells nothing about what exists elsewhere.
 */
export type Jurisdiction =
  | { kind: 'region'; regionCode: string }
  | { kind: 'department'; departmentId: string; regionCode: string }
  /** The installation's first administrator, who exists before any region does. */
  | { kind: 'everywhere' };

/** The region-code prefix that bounds the user's view of the map and of region-held records. */
export function jurisdictionPrefix(j: Jurisdiction): string {
  return j.kind === 'everywhere' ? '' : regionPrefix(j.regionCode);
}

export function regionVisible(j: Jurisdiction, code: string): boolean {
  return code.startsWith(jurisdictionPrefix(j));
}

/** The node at the top of the user's view of the tree; null means above every root. */
export function jurisdictionRoot(j: Jurisdiction): string | null {
  return j.kind === 'everywhere' ? null : j.regionCode;
}
