import type { TFunction } from 'i18next';
import { type Department, fetchDepartments } from '../api/departments';
import { fetchRegion } from '../api/regions';
import type { RegionDetail } from '../api/types';

/** What the case page shows around a case besides the case itself: its grid, and names of units. */
export interface CaseContext {
  grid: RegionDetail | null;
  departments: Department[];
}

/**
 * Both are extras: a resident may not list departments and a department may not see every grid.
 * A refusal leaves a code where a name would be, never an error on the page.
 */
export async function loadCaseContext(
  gridCode: string,
  canListDepartments: boolean,
  signal: AbortSignal,
): Promise<CaseContext> {
  const [grid, departments] = await Promise.all([
    fetchRegion(gridCode, signal).catch(() => null),
    canListDepartments ? fetchDepartments(signal).catch(() => []) : [],
  ]);
  return { grid, departments };
}

/** The unit's name; a department nobody let this viewer list is just "a department", not its id. */
export function unitName(
  t: TFunction,
  context: CaseContext | null,
  unit: { unitDepartmentId: string | null; unitRegionCode: string | null },
): string {
  if (unit.unitDepartmentId) {
    return (
      context?.departments.find((d) => d.id === unit.unitDepartmentId)?.name ?? t('caseDetail.someDepartment')
    );
  }
  if (unit.unitRegionCode) {
    return context?.grid?.ancestors.find((a) => a.code === unit.unitRegionCode)?.name ?? unit.unitRegionCode;
  }
  return '—';
}
