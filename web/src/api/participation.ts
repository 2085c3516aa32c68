import type { ParticipationDashboard } from '@needle/contract';
import { api } from './client';

export type { ParticipationDashboard, ParticipationFigures } from '@needle/contract';

/** An area's year of participation; the user's own area when no region is named. */
export function fetchParticipationDashboard(
  region: string | undefined,
  year: number,
  signal?: AbortSignal,
): Promise<ParticipationDashboard> {
  const query = new URLSearchParams({ year: String(year), ...(region ? { region } : {}) });
  return api<ParticipationDashboard>(`/api/participation/dashboard?${query}`, { signal });
}
