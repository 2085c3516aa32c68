import { Type } from '@fastify/type-provider-typebox';
import { TIME_LIMIT_UNITS } from '../../lib/calendar/index.js';
import { URGENCIES } from './hotline-settings.js';

const Limit = Type.Object({ amount: Type.Number(), unit: Type.Enum(TIME_LIMIT_UNITS) });

/** How GET /api/settings shows the 12345 keys; the settings response spreads these properties in. */
export const HotlineSettingsSchema = Type.Object({
  hotlineUrgencyLimits: Type.Object(Object.fromEntries(URGENCIES.map((u) => [u, Limit]))),
  hotlineSignLimit: Limit,
  hotlineContactLimit: Limit,
  hotlineRateWeights: Type.Object({
    response: Type.Number(),
    resolution: Type.Number(),
    satisfaction: Type.Number(),
  }),
});
