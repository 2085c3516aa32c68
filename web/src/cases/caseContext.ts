import type { RegionDetail } from '@needle/contract';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import type { Department } from '../api/departments';
import { useDepartments } from '../common/useDepartments';
import { useRegionDetail } from '../map/regionQueries';

/** What the case page shows around a case besides the case itself: its grid, and names of units. */
export interface CaseContext {
  grid: RegionDetail | null;
  departments: Department[];
}

/**
 * Both are extras: a resident may not list departments and a department may not see every grid.
 * A refusal leaves a code where a name would be, never an error on the page. Null until both are settled.
 */
export function useCaseContext(gridCode: string, canListDepartments: boolean): CaseContext | null {
  const grid = useRegionDetail(gridCode);
  const departments = useDepartments(canListDepartments);
  const settled = !grid.isPending && !(canListDepartments && departments.isPending);
  return useMemo(
    () => (settled ? { grid: grid.data ?? null, departments: departments.data ?? [] } : null),
    [settled, grid.data, departments.data],
  );
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
