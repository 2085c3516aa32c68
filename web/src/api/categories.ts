import type { CategoryClass, SuggestedCategoriesResponse } from '@needle/contract';
import { api } from './client';

// 部件 components are things (a manhole cover, a street lamp); 事件 events are happenings (dumping, a stall).
export type { CategoryClass, CategoryKind, Subcategory } from '@needle/contract';

export async function fetchCategories(signal?: AbortSignal): Promise<CategoryClass[]> {
  const { items } = await api<{ items: CategoryClass[] }>('/api/categories', { signal });
  return items;
}

export type { SuggestedCategoriesResponse as SuggestedCategories } from '@needle/contract';

/** The reporter's latest categories and the usual ones of the community around the point. */
export async function fetchSuggestedCategories(
  point: { lat: number; lng: number } | null,
  signal?: AbortSignal,
): Promise<SuggestedCategoriesResponse> {
  const query = point ? `?lat=${point.lat}&lng=${point.lng}` : '';
  return api<SuggestedCategoriesResponse>(`/api/categories/suggested${query}`, { signal });
}
