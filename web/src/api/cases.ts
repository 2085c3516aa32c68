import type { ActionInput, CaseAction, CaseDetail, CasePage, NearbyCase } from '@needle/contract';
import { api } from './client';

export function fetchCases(query: URLSearchParams, signal?: AbortSignal): Promise<CasePage> {
  return api<CasePage>(`/api/cases?${query}`, { signal });
}

export function fetchCase(id: string, signal?: AbortSignal): Promise<CaseDetail> {
  return api<CaseDetail>(`/api/cases/${encodeURIComponent(id)}`, { signal });
}

export function takeCaseAction(id: string, action: CaseAction, input: ActionInput): Promise<CaseDetail> {
  return api<CaseDetail>(`/api/cases/${encodeURIComponent(id)}/actions/${action}`, {
    method: 'POST',
    body: input,
  });
}

export async function fetchNearbyCases(
  at: { lat: number; lng: number },
  categoryCode: string,
  signal?: AbortSignal,
): Promise<NearbyCase[]> {
  const query = new URLSearchParams({ lat: String(at.lat), lng: String(at.lng), categoryCode });
  const { items } = await api<{ items: NearbyCase[] }>(`/api/cases/nearby?${query}`, { signal });
  return items;
}

export async function followCase(id: string): Promise<void> {
  await api<void>(`/api/cases/${encodeURIComponent(id)}/follow`, { method: 'POST' });
}
