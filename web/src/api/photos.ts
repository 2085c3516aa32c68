import type { UploadedPhoto } from '@needle/contract';
import { api } from './client';

export type { UploadedPhoto } from '@needle/contract';

/** The server re-encodes the photo without EXIF (no GPS of the reporter's home leaks) and thumbnails it. */
export function uploadPhoto(file: Blob, signal?: AbortSignal): Promise<UploadedPhoto> {
  const form = new FormData();
  form.append('file', file);
  return api<UploadedPhoto>('/api/photos', { method: 'POST', body: form, signal });
}

export const photoUrl = (id: string): string => `/api/photos/${encodeURIComponent(id)}`;
export const thumbnailUrl = (id: string): string => `${photoUrl(id)}/thumbnail`;
