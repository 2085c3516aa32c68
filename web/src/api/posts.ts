import { api } from './client';

/** Someone holding a post (网格长, 1+8 members…) in a grid. */
export interface Post {
  id: string;
  userId: string;
  kind: string;
  regionCode: string;
  displayName: string;
}

export async function fetchPosts(regionCode: string, signal?: AbortSignal): Promise<Post[]> {
  const query = new URLSearchParams({ regionCode });
  const { items } = await api<{ items: Post[] }>(`/api/posts?${query}`, { signal });
  return items;
}
