import type { Inbox, Notice } from '@needle/contract';
import { api } from './client';

export type { Inbox, Notice } from '@needle/contract';

export function fetchInbox(limit: number, beforeId?: number, signal?: AbortSignal): Promise<Inbox> {
  const query = new URLSearchParams({ limit: String(limit) });
  if (beforeId !== undefined) query.set('beforeId', String(beforeId));
  return api<Inbox>(`/api/notifications?${query}`, { signal });
}

export function markNoticeRead(id: number): Promise<Notice> {
  return api<Notice>(`/api/notifications/${id}/read`, { method: 'POST' });
}

/** Only up to the newest notice the user has seen: one arriving meanwhile stays unread. */
export async function markAllNoticesRead(upToId: number): Promise<void> {
  await api<{ marked: number }>(`/api/notifications/read-all?upToId=${upToId}`, { method: 'POST' });
}
