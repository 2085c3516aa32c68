import { type Static, Type } from 'typebox';
import { Nullable } from '../http/common.schemas.js';

const Day = Type.String({ format: 'date', description: 'a China calendar day, YYYY-MM-DD' });

/** What an override makes of a day. */
export const DayKindSchema = Type.Enum(['workday', 'holiday']);
export type DayKind = Static<typeof DayKindSchema>;

/** GET /api/calendar: the days from `from` to `to`, both included. */
export const CalendarQuery = Type.Object({ from: Day, to: Day }, { additionalProperties: false });
export type CalendarQuery = Static<typeof CalendarQuery>;

export const CalendarDaySchema = Type.Object({
  day: Type.String(),
  isWorkingDay: Type.Boolean(),
  overridden: Type.Boolean(),
  note: Nullable(Type.String()),
});
export type CalendarDay = Static<typeof CalendarDaySchema>;

export const CalendarResponse = Type.Object({
  days: Type.Array(CalendarDaySchema),
  unpublishedYears: Type.Array(Type.Integer(), {
    description: 'years whose public holidays are not yet known: Monday to Friday is assumed',
  }),
});
export type CalendarResponse = Static<typeof CalendarResponse>;

export const CalendarDayParams = Type.Object({ day: Day });
export type CalendarDayParams = Static<typeof CalendarDayParams>;

/** PUT /api/calendar/overrides/:day */
export const CalendarOverrideBody = Type.Object(
  { kind: DayKindSchema, note: Type.Optional(Type.String({ maxLength: 200 })) },
  { additionalProperties: false, examples: [{ kind: 'holiday', note: '台风停工' }] },
);
export type CalendarOverrideBody = Static<typeof CalendarOverrideBody>;

/** A day the city made a working day or a holiday, whatever the published arrangement says. */
export const CalendarOverrideSchema = Type.Object({
  day: Type.String(),
  kind: DayKindSchema,
  note: Type.String(),
});
export type CalendarOverride = Static<typeof CalendarOverrideSchema>;

/** DELETE /api/calendar/overrides/:day answers 204 with no body. */
export const RemoveCalendarOverrideResponse = Type.Null();
export type RemoveCalendarOverrideResponse = Static<typeof RemoveCalendarOverrideResponse>;
