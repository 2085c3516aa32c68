import type { CasePage, Workbench, WorkbenchCaseQueue, WorkbenchDonePage } from '@needle/contract';
import { api } from '../api/client';

export function fetchWorkbench(signal?: AbortSignal): Promise<Workbench> {
  return api<Workbench>('/api/workbench', { signal });
}

export function fetchQueueCases(
  queue: WorkbenchCaseQueue,
  query: URLSearchParams,
  signal?: AbortSignal,
): Promise<CasePage> {
  return api<CasePage>(`/api/workbench/queues/${queue}?${query}`, { signal });
}

export function fetchDoneCases(query: URLSearchParams, signal?: AbortSignal): Promise<WorkbenchDonePage> {
  return api<WorkbenchDonePage>(`/api/workbench/done?${query}`, { signal });
}

/** The counts as Server-Sent Events: the browser keeps the stream open and reconnects by itself. */
export const WORKBENCH_STREAM_URL = '/api/workbench/stream';
