import { api } from './client';

export interface Department {
  id: string;
  code: string;
  name: string;
  type: string;
  regionCode: string;
}

export async function fetchDepartments(signal?: AbortSignal): Promise<Department[]> {
  const { items } = await api<{ items: Department[] }>('/api/departments', { signal });
  return items;
}
