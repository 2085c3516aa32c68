import type { Me } from '@needle/contract';
import { api } from './client';

export async function login(username: string, password: string): Promise<Me> {
  const { user } = await api<{ user: Me }>('/api/auth/login', {
    method: 'POST',
    body: { username, password },
  });
  return user;
}

export async function logout(): Promise<void> {
  await api<void>('/api/auth/logout', { method: 'POST' });
}

export async function fetchMe(signal?: AbortSignal): Promise<Me> {
  const { user } = await api<{ user: Me }>('/api/auth/me', { signal });
  return user;
}
