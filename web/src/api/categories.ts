import type { CategoryClass } from '@needle/contract';
import { api } from './client';

// 部件 components are things (a manhole cover, a street lamp); 事件 events are happenings (dumping, a stall).
export type { CategoryClass, CategoryKind, Subcategory } from '@needle/contract';

export async function fetchCategories(signal?: AbortSignal): Promise<CategoryClass[]> {
  const { items } = await api<{ items: CategoryClass[] }>('/api/categories', { signal });
  return items;
}
