import type { CallDueDates, CallerHistory } from '@needle/contract';
import { api } from '../api/client';

export function fetchCallerHistory(phone: string, signal?: AbortSignal): Promise<CallerHistory> {
  return api<CallerHistory>(`/api/hotline/callers/tickets?${new URLSearchParams({ phone })}`, { signal });
}

export function fetchDueDates(signal?: AbortSignal): Promise<CallDueDates> {
  return api<CallDueDates>('/api/hotline/due-dates', { signal });
}
