import type { DoorCodeIssued, Household, MyHousehold, VerifiedResident } from '@needle/contract';
import { api } from './client';

export type { DoorCodeIssued, Household, MyHousehold, VerifiedResident } from '@needle/contract';

const householdPath = (id: string) => `/api/households/${encodeURIComponent(id)}`;
const inCommunity = (regionCode: string | undefined) =>
  regionCode ? `?${new URLSearchParams({ regionCode })}` : '';

export async function fetchHouseholds(
  regionCode: string | undefined,
  signal?: AbortSignal,
): Promise<Household[]> {
  return (await api<{ items: Household[] }>(`/api/households${inCommunity(regionCode)}`, { signal })).items;
}

export function registerHousehold(input: { regionCode?: string; placeLabel: string }): Promise<Household> {
  return api<Household>('/api/households', { method: 'POST', body: input });
}

/** The plain code comes back this once: print it, it is not kept. */
export function issueDoorCode(householdId: string): Promise<DoorCodeIssued> {
  return api<DoorCodeIssued>(`${householdPath(householdId)}/door-code`, { method: 'POST', body: {} });
}

export function verifyResident(householdId: string, phone: string): Promise<VerifiedResident> {
  return api<VerifiedResident>(`${householdPath(householdId)}/residents`, {
    method: 'POST',
    body: { phone },
  });
}

export async function fetchVerifiedResidents(
  regionCode: string | undefined,
  signal?: AbortSignal,
): Promise<VerifiedResident[]> {
  return (
    await api<{ items: VerifiedResident[] }>(`/api/verified-residents${inCommunity(regionCode)}`, { signal })
  ).items;
}

export function fetchMyHousehold(signal?: AbortSignal): Promise<MyHousehold> {
  return api<MyHousehold>('/api/my/household', { signal });
}

export function redeemDoorCode(code: string): Promise<MyHousehold> {
  return api<MyHousehold>('/api/my/household', { method: 'POST', body: { code } });
}
