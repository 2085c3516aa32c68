import { useMutation, useQuery } from '@tanstack/react-query';
import { createPartnerUnit, fetchPartnerUnits } from '../api/partners';
import { invalidatePartners, queryKeys } from '../api/queryKeys';

export function usePartnerUnits(year: number) {
  return useQuery({
    queryKey: queryKeys.partners.list(year),
    queryFn: ({ signal }) => fetchPartnerUnits(year, signal),
  });
}

/** A new unit shows in the list, and among those a street may call. */
export function useEnrolPartner() {
  return useMutation({
    mutationFn: createPartnerUnit,
    onSuccess: (_unit, _input, _context, { client }) => invalidatePartners(client),
  });
}
