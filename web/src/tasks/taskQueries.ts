import type { Tasks } from '@needle/contract';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { queryKeys } from '../api/queryKeys';

export function fetchTasks(signal?: AbortSignal): Promise<Tasks> {
  return api<Tasks>('/api/tasks', { signal });
}

/** Every queue of "my tasks" in one request: a phone on a slow network pays one round trip. */
export const useTasks = () =>
  useQuery({ queryKey: queryKeys.tasks, queryFn: ({ signal }) => fetchTasks(signal) });
