import type { BaseMap, CitySettings, MapCases } from '@needle/contract';
import { api } from '../api/client';

export type { BaseMap, MapCases } from '@needle/contract';

/** The cases to draw, as columns; `query` is the GET /api/map/cases query string. */
export function fetchMapCases(query: string, signal?: AbortSignal): Promise<MapCases> {
  return api<MapCases>(`/api/map/cases?${query}`, { signal });
}

export function fetchBaseMap(signal?: AbortSignal): Promise<BaseMap> {
  return api<BaseMap>('/api/map/base-map', { signal });
}

/** An admin's choice of tiles; the server checks the URL template and answers with every setting. */
export function saveBaseMap(value: BaseMap): Promise<CitySettings> {
  return api<CitySettings>('/api/settings/baseMap', { method: 'PUT', body: { value } });
}
