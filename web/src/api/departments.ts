import type { Department } from '@needle/contract';
import { api } from './client';

export type { Department } from '@needle/contract';

export async function fetchDepartments(signal?: AbortSignal): Promise<Department[]> {
  const { items } = await api<{ items: Department[] }>('/api/departments', { signal });
  return items;
}
