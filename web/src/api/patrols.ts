import type { Patrol, PatrolAssessment, PatrolCalendar, PatrolPoint, PatrolTrack } from '@needle/contract';
import { api } from './client';
import type { Page } from './volunteers';

export type {
  Patrol,
  PatrolAssessment,
  PatrolCalendar,
  PatrolDay,
  PatrolPoint,
  PatrolTrack,
} from '@needle/contract';

export const fetchPatrols = (query: string, signal?: AbortSignal) =>
  api<Page<Patrol>>(`/api/patrols?${query}`, { signal });
export const fetchPatrol = (id: string, signal?: AbortSignal) =>
  api<Patrol>(`/api/patrols/${encodeURIComponent(id)}`, { signal });
export const fetchPatrolTrack = (id: string, signal?: AbortSignal) =>
  api<PatrolTrack>(`/api/patrols/${encodeURIComponent(id)}/track`, { signal });
export const fetchPatrolCalendar = (query: string, signal?: AbortSignal) =>
  api<PatrolCalendar>(`/api/patrols/calendar?${query}`, { signal });
export const fetchPatrolAssessment = (query: string, signal?: AbortSignal) =>
  api<PatrolAssessment>(`/api/patrols/assessment?${query}`, { signal });
export const fetchPatrolPoints = (signal?: AbortSignal) =>
  api<PatrolPoint[]>('/api/patrol-points', { signal });
export const addPatrolPoint = (body: {
  regionCode: string;
  name: string;
  lat: number;
  lng: number;
  radiusM?: number;
}) => api<PatrolPoint>('/api/patrol-points', { method: 'POST', body });
