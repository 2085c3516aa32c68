import { api } from './client';

export const partnerKinds = ['agency', 'company', 'ngo', 'shop', 'volunteer'] as const;
export type PartnerKind = (typeof partnerKinds)[number];

/** A unit of the street's alliance (联盟单位), with the whistles it answered this year. */
export interface PartnerUnit {
  id: string;
  name: string;
  kind: string;
  regionCode: string;
  requiredYearlyResponses: number;
  active: boolean;
  year: number;
  responses: number;
  belowMinimum: boolean;
  createdAt: string;
}

export interface NewPartnerUnit {
  name: string;
  kind: PartnerKind;
  requiredYearlyResponses?: number;
}

export async function fetchPartnerUnits(year?: number, signal?: AbortSignal): Promise<PartnerUnit[]> {
  const query = year === undefined ? '' : `?year=${year}`;
  const { items } = await api<{ items: PartnerUnit[] }>(`/api/partner-units${query}`, { signal });
  return items;
}

export function createPartnerUnit(unit: NewPartnerUnit): Promise<PartnerUnit> {
  return api<PartnerUnit>('/api/partner-units', { method: 'POST', body: unit });
}
