import { type Static, Type } from 'typebox';
import { GeocoderSettingSchema } from '../addresses/addresses.schemas.js';
import { SETTING_KEYS, TIME_LIMIT_UNITS } from '../enums/enums.js';
import { HotlineSettingsSchema } from '../hotline/hotline.schemas.js';
import { BaseMapSchema } from '../map/map.schemas.js';
import { ParticipationPointsSchema, PointsRulesSchema } from '../points/points.schemas.js';

const Clock = Type.String({ description: 'HH:MM, China time' });

/** A time limit: so many working (or calendar) hours or days. */
export const TimeLimitSchema = Type.Object({ amount: Type.Number(), unit: Type.Enum(TIME_LIMIT_UNITS) });
export type TimeLimit = Static<typeof TimeLimitSchema>;

/** The city's configurable figures: office hours, duplicate radius and window, step limits… */
export const CitySettingsSchema = Type.Object({
  officeHours: Type.Object({
    start: Clock,
    end: Clock,
    breaks: Type.Optional(Type.Array(Type.Object({ start: Clock, end: Clock }))),
  }),
  duplicateRadiusMeters: Type.Number(),
  duplicateWindowDays: Type.Number(),
  reopenWindowDays: Type.Number(),
  ...HotlineSettingsSchema.properties,
  whistleReportHours: Type.Number(),
  open311RetryWindowMinutes: Type.Number(),
  pointsRules: PointsRulesSchema,
  participationPoints: ParticipationPointsSchema,
  pointsExpiryMonths: Type.Number(),
  pointsPickupDays: Type.Number(),
  geocoder: GeocoderSettingSchema,
  stepLimits: Type.Record(Type.String(), TimeLimitSchema),
  baseMap: BaseMapSchema,
});
export type CitySettings = Static<typeof CitySettingsSchema>;

/** PUT /api/settings/:key */
export const SettingParams = Type.Object({ key: Type.Enum(SETTING_KEYS) });
export type SettingParams = Static<typeof SettingParams>;

export const SettingBody = Type.Object(
  { value: Type.Unknown({ description: 'the new value, shaped as in GET /api/settings' }) },
  {
    additionalProperties: false,
    required: ['value'],
    examples: [
      { value: 100 },
      { value: { start: '09:00', end: '17:00', breaks: [{ start: '12:00', end: '13:30' }] } },
      { value: { handled: { amount: 8, unit: 'working_hours' } } },
    ],
  },
);
export type SettingBody = Static<typeof SettingBody>;
