import type { CitySettings } from '@needle/contract';
import { api } from './client';

export type { CitySettings, TimeLimit, TimeLimitUnit } from '@needle/contract';

export function fetchSettings(signal?: AbortSignal): Promise<CitySettings> {
  return api<CitySettings>('/api/settings', { signal });
}
