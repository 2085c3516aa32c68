import type {
  ClaimWishInput,
  FulfilWishInput,
  Wish,
  WishCounts,
  WishDetail,
  WishInput,
} from '@needle/contract';
import { api } from './client';
import type { Page } from './volunteers';

export type {
  ClaimWishInput,
  FulfilWishInput,
  Wish,
  WishCounts,
  WishDetail,
  WishInput,
} from '@needle/contract';

const wishPath = (id: string) => `/api/micro-wishes/${encodeURIComponent(id)}`;

/** Staff: the wishes of their area; everyone else: the wishes they wished, posted or claimed. */
export const fetchWishes = (query: string, signal?: AbortSignal) =>
  api<Page<Wish>>(`/api/micro-wishes?${query}`, { signal });
/** Approved wishes waiting for a claimer, without who wished them. */
export const fetchOpenWishes = (query: string, signal?: AbortSignal) =>
  api<Page<Wish>>(`/api/micro-wishes/open?${query}`, { signal });
export const fetchWishCounts = (query: string, signal?: AbortSignal) =>
  api<WishCounts>(`/api/micro-wishes/counts?${query}`, { signal });
export const fetchWish = (id: string, signal?: AbortSignal) => api<WishDetail>(wishPath(id), { signal });

/** A phone's retry with the same key returns the first wish instead of posting it twice. */
export const postWish = (input: WishInput, idempotencyKey: string) =>
  api<{ wish: Wish; replayed: boolean }>('/api/micro-wishes', {
    method: 'POST',
    body: input,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
export const approveWish = (id: string, note: string) =>
  api<Wish>(`${wishPath(id)}/approve`, { method: 'POST', body: note ? { note } : {} });
export const rejectWish = (id: string, reason: string) =>
  api<Wish>(`${wishPath(id)}/reject`, { method: 'POST', body: { reason } });
export const claimWish = (id: string, input: ClaimWishInput) =>
  api<Wish>(`${wishPath(id)}/claim`, { method: 'POST', body: input });
export const fulfilWish = (id: string, input: FulfilWishInput) =>
  api<Wish>(`${wishPath(id)}/fulfil`, { method: 'POST', body: input });
export const confirmWish = (id: string, note: string) =>
  api<Wish>(`${wishPath(id)}/confirm`, { method: 'POST', body: note ? { note } : {} });
