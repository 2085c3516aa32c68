import type {
  Dispute,
  DisputeCounts,
  DisputeInput,
  Errand,
  ErrandInput,
  ErrandStep,
  Settlement,
} from '@needle/contract';
import { api } from './client';

export type { Dispute, DisputeCounts, DisputeInput, Errand, ErrandInput, ErrandStep, Settlement };

// 帮办代办: errands staff run for residents; the resident reads their own.
export const fetchErrands = (signal?: AbortSignal) => api<Errand[]>('/api/errands', { signal });
export const takeErrand = (body: ErrandInput) => api<Errand>('/api/errands', { method: 'POST', body });
export const stepErrand = (id: string, body: ErrandStep) =>
  api<Errand>(`/api/errands/${encodeURIComponent(id)}/steps`, { method: 'POST', body });

// 矛盾调解: disputes, their sessions, the agreement and the follow-up.
export const fetchDisputes = (signal?: AbortSignal) => api<Dispute[]>('/api/disputes', { signal });
export const fetchDisputeCounts = (signal?: AbortSignal) =>
  api<DisputeCounts>('/api/disputes/counts', { signal });
export const openDispute = (body: DisputeInput) => api<Dispute>('/api/disputes', { method: 'POST', body });
const disputeStep = (id: string, step: string, body: object) =>
  api<Dispute>(`/api/disputes/${encodeURIComponent(id)}/${step}`, { method: 'POST', body });
export const addSession = (id: string, note: string) => disputeStep(id, 'sessions', { note });
export const settleDispute = (id: string, body: Settlement) => disputeStep(id, 'settle', body);
export const followedUp = (id: string, note: string) => disputeStep(id, 'follow-up', { note });
