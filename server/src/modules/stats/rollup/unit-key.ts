/** The rollup key of a responsible unit: a department, an office (street or community), or none. */
export function unitKeyOf(
  unit: { unitDepartmentId?: string | null; unitRegionCode?: string | null } | null | undefined,
): string {
  if (unit?.unitDepartmentId) return `d:${unit.unitDepartmentId}`;
  if (unit?.unitRegionCode) return `r:${unit.unitRegionCode}`;
  return '';
}

/** The routed unit as the report event records it: `{ kind, departmentId | regionCode }`. */
export function unitKeyOfRouted(routed: unknown): string {
  const r = routed as { kind?: string; departmentId?: string; regionCode?: string } | null;
  if (r?.kind === 'department' && r.departmentId) return `d:${r.departmentId}`;
  if (r?.kind === 'region' && r.regionCode) return `r:${r.regionCode}`;
  return '';
}
