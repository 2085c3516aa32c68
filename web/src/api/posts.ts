import type { Post } from '@needle/contract';
import { api } from './client';

export type { Post } from '@needle/contract';

export async function fetchPosts(regionCode: string, signal?: AbortSignal): Promise<Post[]> {
  const query = new URLSearchParams({ regionCode });
  const { items } = await api<{ items: Post[] }>(`/api/posts?${query}`, { signal });
  return items;
}
