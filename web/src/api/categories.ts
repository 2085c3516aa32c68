import { api } from './client';

// 部件 components are things (a manhole cover, a street lamp); 事件 events are happenings (dumping, a stall).
export type CategoryKind = 'component' | 'event';

export interface Subcategory {
  code: string;
  classCode: string;
  kind: CategoryKind;
  nameZh: string;
  nameEn: string;
  timeLimitAmount: number;
  timeLimitUnit: 'working_hours' | 'working_days';
  active: boolean;
}

export interface CategoryClass {
  code: string;
  kind: CategoryKind;
  nameZh: string;
  nameEn: string;
  subcategories: Subcategory[];
}

export async function fetchCategories(signal?: AbortSignal): Promise<CategoryClass[]> {
  const { items } = await api<{ items: CategoryClass[] }>('/api/categories', { signal });
  return items;
}
