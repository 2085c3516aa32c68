import type { InspectionTarget, PublicShop, RectificationOrder } from '@needle/contract';
import { api } from './client';

export type { InspectionTarget, PublicShop, RectificationOrder } from '@needle/contract';

export const fetchTargets = (query: string, signal?: AbortSignal) =>
  api<InspectionTarget[]>(`/api/inspection-targets?${query}`, { signal });
export const fetchChecklist = (kind: string, signal?: AbortSignal) =>
  api<string[]>(`/api/inspection-checklists?kind=${encodeURIComponent(kind)}`, { signal });
export const fetchOrders = (query: string, signal?: AbortSignal) =>
  api<RectificationOrder[]>(`/api/rectification-orders?${query}`, { signal });
export const fetchShopCode = (id: string, signal?: AbortSignal) =>
  api<{ code: string; url: string }>(`/api/inspection-targets/${encodeURIComponent(id)}/code`, { signal });
export const fetchPublicShop = (code: string, signal?: AbortSignal) =>
  api<PublicShop>(`/api/public/shops/${encodeURIComponent(code)}`, { signal });

export const addTarget = (body: {
  regionCode: string;
  kind: string;
  name: string;
  address?: string;
  lat: number;
  lng: number;
}) => api<InspectionTarget>('/api/inspection-targets', { method: 'POST', body });

export const recordInspection = (
  body: { targetId: string; results: { item: string; ok: boolean; note?: string }[]; fixWithinDays?: number },
  key: string,
) =>
  api<{ id: string; passed: boolean; orders: RectificationOrder[] }>('/api/inspections', {
    method: 'POST',
    body,
    headers: { 'Idempotency-Key': key },
  });

export const followUp = (id: string, body: { fixed: boolean; note: string }) =>
  api<RectificationOrder>(`/api/rectification-orders/${encodeURIComponent(id)}/follow-ups`, {
    method: 'POST',
    body,
  });
/** 突击回头看: a follow-up drawn at a random moment between tomorrow and `before` (a China day). */
export const scheduleSurprise = (id: string, before: string) =>
  api<RectificationOrder>(`/api/rectification-orders/${encodeURIComponent(id)}/surprise`, {
    method: 'POST',
    body: { before },
  });
