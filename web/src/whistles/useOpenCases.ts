import { CASE_STATUSES } from '@needle/contract';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { writeCaseListQuery } from '../cases/caseListQuery';
import { casePageQuery } from '../cases/caseQueries';
import { useCategoryName } from '../categories/useCategoryName';

// Cases still in the loop: a whistle for a settled case is refused (CASE_NOT_OPEN).
const settled: readonly string[] = ['closed', 'rejected', 'voided'];
const openCases = casePageQuery(
  writeCaseListQuery({
    status: CASE_STATUSES.filter((status) => !settled.includes(status)),
    overdue: false,
    page: 1,
    pageSize: 100,
  }).toString(),
);

/** The open cases of the user's area, as options to link to a whistle. */
export function useOpenCaseOptions(enabled: boolean): { value: string; label: string }[] {
  const categoryName = useCategoryName();
  const { data } = useQuery({ ...openCases, enabled });
  return useMemo(
    () =>
      (data?.items ?? []).map((c) => ({
        value: c.id,
        label: `${c.code} ${categoryName(c.categoryCode)} ${c.description.slice(0, 24)}`,
      })),
    [data, categoryName],
  );
}
