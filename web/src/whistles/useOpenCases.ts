import { useMemo } from 'react';
import { fetchCases } from '../api/cases';
import { useResource } from '../api/useResource';
import { useCategoryName } from '../categories/useCategoryName';

// Cases still in the loop: a whistle for a settled case is refused (CASE_NOT_OPEN).
const openStatuses = [
  'reported',
  'verified',
  'registered',
  'filed',
  'dispatched',
  'in_progress',
  'returned',
  'suspended',
  'handled',
  'checked',
];

async function loadOpenCases(signal: AbortSignal) {
  const query = new URLSearchParams({ page: '1', pageSize: '100' });
  for (const status of openStatuses) query.append('status', status);
  return (await fetchCases(query, signal)).items;
}

/** The open cases of the user's area, as options to link to a whistle. */
export function useOpenCaseOptions(enabled: boolean): { value: string; label: string }[] {
  const categoryName = useCategoryName();
  const cases = useResource(enabled ? loadOpenCases : null);
  return useMemo(
    () =>
      cases.status === 'ready'
        ? cases.data.map((c) => ({
            value: c.id,
            label: `${c.code} ${categoryName(c.categoryCode)} ${c.description.slice(0, 24)}`,
          }))
        : [],
    [cases, categoryName],
  );
}
