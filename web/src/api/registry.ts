import type { MaskedResident } from '@needle/contract';
import { api } from './client';
import type { Page } from './volunteers';

export type { MaskedResident } from '@needle/contract';

export interface BuildingRow {
  id: string;
  regionCode: string;
  name: string;
  address: string;
  floors: number;
  households: number;
  residents: number;
  underCare: number;
}
export interface RegistryHouseholdView {
  id: string;
  unit: string;
  room: string;
  floor: number;
  residents: MaskedResident[];
}
export interface RevealedResident {
  id: string;
  name: string;
  idNumber: string | null;
  phone: string | null;
  building: string;
  unit: string;
  room: string;
}
export interface AccessRecordRow {
  id: number;
  at: string;
  user: string;
  resident: string;
  fields: string[];
  reason: string;
}
export interface CareDueRow {
  residentId: string;
  name: string;
  building: string;
  unit: string;
  room: string;
  careTags: string[];
  everyDays: number;
  lastVisitAt: string | null;
  dueAt: string;
  overdue: boolean;
  daysOverdue: number;
}

export const fetchBuildings = (signal?: AbortSignal) =>
  api<Page<BuildingRow>>('/api/registry/buildings?pageSize=200', { signal });
export const fetchBuilding = (id: string, signal?: AbortSignal) =>
  api<{ building: BuildingRow; households: RegistryHouseholdView[] }>(
    `/api/registry/buildings/${encodeURIComponent(id)}`,
    { signal },
  );
export const fetchResidents = (query: string, signal?: AbortSignal) =>
  api<Page<MaskedResident>>(`/api/registry/residents?${query}`, { signal });
export const revealResident = (id: string, reason: string) =>
  api<RevealedResident>(`/api/registry/residents/${encodeURIComponent(id)}/reveal`, {
    method: 'POST',
    body: { reason },
  });
export const fetchAccessRecords = (signal?: AbortSignal) =>
  api<Page<AccessRecordRow>>('/api/registry/access-records?pageSize=100', { signal });
export const fetchCareTags = (signal?: AbortSignal) =>
  api<{ code: string; label: string }[]>('/api/care/tags', { signal });
export const fetchCareDue = (signal?: AbortSignal) =>
  api<{ items: CareDueRow[]; overdue: number; total: number }>('/api/care/due', { signal });
export const recordVisit = (body: { residentId: string; note: string }, key: string) =>
  api<unknown>('/api/care/visits', { method: 'POST', body, headers: { 'Idempotency-Key': key } });
