import type { AddressSearchResult } from '@needle/contract';
import { api } from '../api/client';

export function searchAddresses(
  q: string,
  near: { lat: number; lng: number } | null,
  signal?: AbortSignal,
): Promise<AddressSearchResult> {
  const query = new URLSearchParams({ q });
  if (near) query.set('near', `${near.lat.toFixed(6)},${near.lng.toFixed(6)}`);
  return api<AddressSearchResult>(`/api/addresses/search?${query}`, { signal });
}
