import { type CitySettings, fetchSettings } from '../api/settings';
import { type Resource, useResource } from '../api/useResource';

/** The city's configured limits: shown beside the choices they decide (an urgency's due time…). */
export function useCitySettings(): Resource<CitySettings> {
  return useResource(fetchSettings);
}
