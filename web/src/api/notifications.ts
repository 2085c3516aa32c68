import { api } from './client';

export interface Notice {
  id: number;
  /** assigned, returned, supervised, status_changed, overdue, due_soon… */
  kind: string;
  caseId: string | null;
  title: string;
  body: string;
  /** What it is about: `code` of a case; `whistleOrderId`, `callId`, `reportDeadlineAt` of a whistle call. */
  data: Record<string, unknown>;
  readAt: string | null;
  createdAt: string;
}

export interface Inbox {
  items: Notice[];
  unreadCount: number;
}

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
