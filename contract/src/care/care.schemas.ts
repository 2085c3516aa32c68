import { Type } from 'typebox';
import { Nullable, Uuid } from '../http/common.schemas.js';

// Care visits (关爱走访, seed 001: weekly visits to the 27 residents over 80 living alone): a schedule per
// care group, visit records with notes and photos, and the visits that fell overdue.

const RegionCode = Type.String({ pattern: '^[0-9]{6,15}$', examples: ['220104004001'] });
const CareTagCode = Type.String({ pattern: '^[a-z0-9_]{2,40}$', examples: ['living_alone'] });

export const CareTag = Type.Object({ code: Type.String(), label: Type.String(), builtIn: Type.Boolean() });
export const CareTagList = Type.Array(CareTag);
export const CareTagBody = Type.Object(
  { code: CareTagCode, label: Type.String({ minLength: 1, maxLength: 30 }) },
  { additionalProperties: false, examples: [{ code: 'veteran', label: '退役军人' }] },
);

export const CareSchedule = Type.Object({
  regionCode: Type.String({ description: "'' for the city's default" }),
  careTag: Type.String(),
  everyDays: Type.Integer(),
});
export const CareScheduleList = Type.Array(CareSchedule);
export const CareScheduleBody = Type.Object(
  {
    /** A community's own schedule; left out, the city's default (admin only). */
    regionCode: Type.Optional(RegionCode),
    careTag: CareTagCode,
    everyDays: Type.Integer({ minimum: 1, maximum: 366 }),
  },
  { additionalProperties: false },
);

export const CareDueQuery = Type.Object(
  { regionCode: Type.Optional(RegionCode), overdueOnly: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
export const CareDueItem = Type.Object({
  residentId: Uuid,
  name: Type.String({ description: 'Masked' }),
  regionCode: Type.String(),
  building: Type.String(),
  unit: Type.String(),
  room: Type.String(),
  careTags: Type.Array(Type.String()),
  everyDays: Type.Integer(),
  lastVisitAt: Nullable(Type.String({ format: 'date-time' })),
  dueAt: Type.String({ format: 'date-time' }),
  overdue: Type.Boolean(),
  daysOverdue: Type.Integer(),
});
export const CareDueList = Type.Object({
  items: Type.Array(CareDueItem),
  overdue: Type.Integer(),
  total: Type.Integer(),
});

export const CareVisitBody = Type.Object(
  {
    residentId: Uuid,
    note: Type.String({ minLength: 1, maxLength: 1000 }),
    photoIds: Type.Optional(Type.Array(Uuid, { maxItems: 9, uniqueItems: true })),
    /** When the visit happened, if recorded later (an offline phone); not in the future. */
    visitedAt: Type.Optional(Type.String({ format: 'date-time' })),
  },
  {
    additionalProperties: false,
    examples: [{ residentId: '00000000-0000-4000-8000-000000000000', note: '身体尚好，已提醒冬季用电安全' }],
  },
);
export const CareVisit = Type.Object({
  id: Uuid,
  residentId: Uuid,
  visitedBy: Type.String(),
  visitedAt: Type.String({ format: 'date-time' }),
  note: Type.String(),
  photoIds: Type.Array(Uuid),
});
export const CareVisitSaved = Type.Object({ visit: CareVisit, replayed: Type.Boolean() });
export const CareVisitsQuery = Type.Object({ residentId: Uuid }, { additionalProperties: false });
export const CareVisitList = Type.Array(CareVisit);

export const CareOverdueCountsQuery = Type.Object(
  { regionCode: Type.Optional(RegionCode) },
  { additionalProperties: false },
);
/** Per community (or grid, below a community): residents under care and visits overdue, for the dashboard. */
export const CareOverdueCounts = Type.Array(
  Type.Object({
    regionCode: Type.String(),
    name: Type.String(),
    underCare: Type.Integer(),
    overdue: Type.Integer(),
  }),
);
