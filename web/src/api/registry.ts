import type {
  Building,
  BuildingInput,
  MaskedResident,
  RegistryHousehold,
  RegistryHouseholdInput,
  ResidentInput,
  ResidentPatch,
} from '@needle/contract';
import { api } from './client';
import type { Page } from './volunteers';

export type { MaskedResident } from '@needle/contract';

/** A building as the lists show it: the contract's, with its counts. */
export type BuildingRow = Building;
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
  api<{ building: Building; households: RegistryHousehold[]; canEdit: boolean }>(
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
export const recordVisit = (body: { residentId: string; note: string; photoIds?: string[] }, key: string) =>
  api<unknown>('/api/care/visits', { method: 'POST', body, headers: { 'Idempotency-Key': key } });

// Keeping the registry current: staff add buildings; staff, the grid worker and the building's leaders
// add households and residents and keep them current.
export type {
  Building,
  BuildingInput,
  RegistryHousehold,
  RegistryHouseholdInput,
  ResidentInput,
  ResidentPatch,
};

export const fetchMyBuildings = (signal?: AbortSignal) =>
  api<Building[]>('/api/registry/my-buildings', { signal });
export const createBuilding = (body: BuildingInput) =>
  api<Building>('/api/registry/buildings', { method: 'POST', body });
export const createHousehold = (body: RegistryHouseholdInput, key: string) =>
  api<{ household: RegistryHousehold; replayed: boolean }>('/api/registry/households', {
    method: 'POST',
    body,
    headers: { 'Idempotency-Key': key },
  });
export const addResident = (householdId: string, body: ResidentInput) =>
  api<RegistryHousehold>(`/api/registry/households/${encodeURIComponent(householdId)}/residents`, {
    method: 'POST',
    body,
  });
export const changeResident = (id: string, body: ResidentPatch) =>
  api<RegistryHousehold>(`/api/registry/residents/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body,
  });

// 关爱走访: how often each care group is visited, the visits with photos, and the overdue counts.
export interface CareScheduleRow {
  regionCode: string;
  careTag: string;
  everyDays: number;
}
export interface CareVisitRow {
  id: string;
  residentId: string;
  visitedBy: string;
  visitedAt: string;
  note: string;
  photoIds: string[];
}
export interface CareOverdueRow {
  regionCode: string;
  name: string;
  underCare: number;
  overdue: number;
}
export const fetchCareSchedules = (signal?: AbortSignal) =>
  api<CareScheduleRow[]>('/api/care/schedules', { signal });
export const setCareSchedule = (body: { regionCode?: string; careTag: string; everyDays: number }) =>
  api<CareScheduleRow>('/api/care/schedules', { method: 'PUT', body });
export const fetchCareVisits = (residentId: string, signal?: AbortSignal) =>
  api<CareVisitRow[]>(`/api/care/visits?residentId=${encodeURIComponent(residentId)}`, { signal });
export const fetchCareOverdue = (regionCode: string | null, signal?: AbortSignal) =>
  api<CareOverdueRow[]>(
    `/api/care/overdue-counts${regionCode ? `?regionCode=${encodeURIComponent(regionCode)}` : ''}`,
    { signal },
  );
export const addCareTag = (body: { code: string; label: string }) =>
  api<{ code: string; label: string }>('/api/care/tags', { method: 'POST', body });
