import type { PartnerUnitInput as NewPartnerUnit, PartnerUnit } from '@needle/contract';
import { api } from './client';

export type { PartnerKind, PartnerUnit, PartnerUnitInput as NewPartnerUnit } from '@needle/contract';

export async function fetchPartnerUnits(year?: number, signal?: AbortSignal): Promise<PartnerUnit[]> {
  const query = year === undefined ? '' : `?year=${year}`;
  const { items } = await api<{ items: PartnerUnit[] }>(`/api/partner-units${query}`, { signal });
  return items;
}

export function createPartnerUnit(unit: NewPartnerUnit): Promise<PartnerUnit> {
  return api<PartnerUnit>('/api/partner-units', { method: 'POST', body: unit });
}
