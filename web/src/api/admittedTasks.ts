import type {
  AdmittedTask,
  AdmittedTaskChanges,
  AdmittedTaskInput,
  AssignTaskInput,
  CommunityTask,
  TaskReport,
} from '@needle/contract';
import { api } from './client';

export type {
  AdmittedTask,
  AdmittedTaskChanges,
  AdmittedTaskInput,
  AssignTaskInput,
  CommunityTask,
  TaskReport,
} from '@needle/contract';

export async function fetchAdmittedTasks(signal?: AbortSignal): Promise<AdmittedTask[]> {
  return (await api<{ items: AdmittedTask[] }>('/api/admitted-tasks', { signal })).items;
}

export function addAdmittedTask(input: AdmittedTaskInput): Promise<AdmittedTask> {
  return api<AdmittedTask>('/api/admitted-tasks', { method: 'POST', body: input });
}

export function changeAdmittedTask(id: string, changes: AdmittedTaskChanges): Promise<AdmittedTask> {
  return api<AdmittedTask>(`/api/admitted-tasks/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: changes,
  });
}

export async function fetchCommunityTasks(query: string, signal?: AbortSignal): Promise<CommunityTask[]> {
  return (await api<{ items: CommunityTask[] }>(`/api/community-tasks?${query}`, { signal })).items;
}

/** One task per community it reached; refused 422 TASK_NOT_ADMITTED off the list without funding. */
export async function assignTask(input: AssignTaskInput): Promise<CommunityTask[]> {
  return (await api<{ items: CommunityTask[] }>('/api/community-tasks', { method: 'POST', body: input }))
    .items;
}

export function markTaskDone(id: string, note: string): Promise<CommunityTask> {
  return api<CommunityTask>(`/api/community-tasks/${encodeURIComponent(id)}/done`, {
    method: 'POST',
    body: note ? { note } : {},
  });
}

export function fetchTaskReport(from: string, to: string, signal?: AbortSignal): Promise<TaskReport> {
  const query = new URLSearchParams({ from, to });
  return api<TaskReport>(`/api/community-tasks/report?${query}`, { signal });
}
