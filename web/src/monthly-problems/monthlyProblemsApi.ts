import type { MonthlyProblemDetail, MonthlyProblemsResult } from '@needle/contract';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';

const keys = {
  list: (month: string) => ['monthly-problems', month] as const,
  detail: (districtCode: string, month: string, page: number) =>
    ['monthly-problems', month, districtCode, page] as const,
};

export const CASES_PAGE_SIZE = 10;

/** 每月一题 of each district in the jurisdiction. */
export function useMonthlyProblems(month: string) {
  return useQuery({
    queryKey: keys.list(month),
    queryFn: ({ signal }) =>
      api<MonthlyProblemsResult>(`/api/monthly-problems?${new URLSearchParams({ month })}`, { signal }),
  });
}

/** One district's problem with a page of its complaints; the page shown stays while the next loads. */
export function useMonthlyProblemDetail(districtCode: string, month: string, page: number) {
  return useQuery({
    queryKey: keys.detail(districtCode, month, page),
    queryFn: ({ signal }) =>
      api<MonthlyProblemDetail>(
        `/api/monthly-problems/${districtCode}?${new URLSearchParams({
          month,
          page: String(page),
          pageSize: String(CASES_PAGE_SIZE),
        })}`,
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}

export const exportPath = (month: string) =>
  `/api/exports/monthly-problems?${new URLSearchParams({ month })}`;
