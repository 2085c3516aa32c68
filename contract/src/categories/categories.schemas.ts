import { type Static, Type } from 'typebox';
import { DEPARTMENT_TYPES, ROUTINGS, TIME_LIMIT_UNITS } from '../enums/enums.js';
import { Nullable } from '../http/common.schemas.js';

// The server's category rules (server/src/modules/categories/category-rules.ts) hold the same lists and
// bounds: the route handlers' types check the lists against them, and the rules check every change again.
/** Routing (主责): who leads on a subclass. */
/** The district departments' types, plus the street office itself for street-led and whistled items. */
const LEAD_UNIT_TYPES = [...DEPARTMENT_TYPES, 'street'] as const;
export const CATEGORY_TEXT_MAX = 500;
// Beyond a year (or 2000 office hours, about a year of 8-hour days) a limit is a typing mistake.
export const CATEGORY_MAX_LIMIT = {
  working_days: 365,
  working_hours: 2000,
  calendar_days: 365,
  calendar_hours: 2000,
};

/** 部件 components are things (a manhole cover, a street lamp); 事件 events are happenings (dumping, a stall). */
export const CategoryKindSchema = Type.Enum(['component', 'event']);
export type CategoryKind = Static<typeof CategoryKindSchema>;

const LimitUnit = Type.Enum(TIME_LIMIT_UNITS);
const RoutingSchema = Type.Enum(ROUTINGS);
const LeadUnit = Type.Enum(LEAD_UNIT_TYPES);
const Text = Type.String({ minLength: 1, maxLength: CATEGORY_TEXT_MAX, pattern: '\\S' });

/** A subclass (小类) of the category tree: one line of the responsibility list (职责清单). */
export const CategorySchema = Type.Object({
  code: Type.String(),
  classCode: Type.String(),
  kind: CategoryKindSchema,
  nameZh: Type.String(),
  nameEn: Type.String(),
  filingStandard: Type.String({ description: '立案标准: what makes it a case' }),
  closingStandard: Type.String({ description: '结案标准: what counts as fixed' }),
  timeLimitAmount: Type.Integer(),
  timeLimitUnit: LimitUnit,
  routing: RoutingSchema,
  departmentType: Type.String({ description: "the lead unit's type; 'street' for the street office" }),
  hotlineType: Nullable(Type.String()),
  active: Type.Boolean(),
  version: Type.Integer(),
});
export type Category = Static<typeof CategorySchema>;
/** What the web calls a category under its class. */
export type Subcategory = Category;

/** A class (大类) with its subclasses. */
export const CategoryClassSchema = Type.Object({
  code: Type.String(),
  kind: CategoryKindSchema,
  nameZh: Type.String(),
  nameEn: Type.String(),
  subcategories: Type.Array(CategorySchema),
});
export type CategoryClass = Static<typeof CategoryClassSchema>;

/** GET /api/categories */
export const CategoryTreeQuery = Type.Object(
  { includeInactive: Type.Boolean({ default: false }) },
  { additionalProperties: false },
);
export type CategoryTreeQuery = Static<typeof CategoryTreeQuery>;

export const CategoryTreeResponse = Type.Object({ items: Type.Array(CategoryClassSchema) });
export type CategoryTreeResponse = Static<typeof CategoryTreeResponse>;

export const CategoryCodeParams = Type.Object({
  code: Type.String({
    pattern: '^[CE][0-9]{4}$',
    description: "kind letter + class + subclass, e.g. 'E0550'",
  }),
});
export type CategoryCodeParams = Static<typeof CategoryCodeParams>;

/** One version of a subclass, as it was after a change. */
export const CategoryVersionSchema = Type.Object({
  version: Type.Integer(),
  snapshot: CategorySchema,
  changedBy: Nullable(Type.String()),
  changedAt: Type.String(),
});
export type CategoryVersion = Static<typeof CategoryVersionSchema>;

/** GET /api/categories/:code/history, newest first. */
export const CategoryHistoryResponse = Type.Object({ items: Type.Array(CategoryVersionSchema) });
export type CategoryHistoryResponse = Static<typeof CategoryHistoryResponse>;

/** PATCH /api/categories/:code: the editable part of a subclass, at least one field of it. */
export const CategoryChangesBody = Type.Object(
  {
    nameZh: Type.Optional(Text),
    nameEn: Type.Optional(Text),
    filingStandard: Type.Optional(Text),
    closingStandard: Type.Optional(Text),
    timeLimitAmount: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: Math.max(...Object.values(CATEGORY_MAX_LIMIT)),
        description: `at most ${CATEGORY_MAX_LIMIT.working_days} days or ${CATEGORY_MAX_LIMIT.working_hours} hours`,
      }),
    ),
    timeLimitUnit: Type.Optional(LimitUnit),
    routing: Type.Optional(RoutingSchema),
    departmentType: Type.Optional(LeadUnit),
    active: Type.Optional(Type.Boolean()),
  },
  {
    additionalProperties: false,
    minProperties: 1,
    examples: [
      { timeLimitAmount: 4, timeLimitUnit: 'working_hours', closingStandard: '井盖已补装，现场无围挡遗留。' },
    ],
  },
);
export type CategoryChangesBody = Static<typeof CategoryChangesBody>;

export const SuggestedCategoriesQuery = Type.Object(
  {
    lat: Type.Optional(Type.Number({ minimum: -90, maximum: 90 })),
    lng: Type.Optional(Type.Number({ minimum: -180, maximum: 180 })),
  },
  { additionalProperties: false },
);
export type SuggestedCategoriesQuery = Static<typeof SuggestedCategoriesQuery>;

/** Subcategory codes to offer first when reporting: the reporter's own latest, then the area's usual. */
export const SuggestedCategoriesResponse = Type.Object({
  recent: Type.Array(Type.String(), { description: "The reporter's latest categories, newest first" }),
  common: Type.Array(Type.String(), {
    description: 'The most reported categories of the community around the point in the last 90 days',
  }),
});
export type SuggestedCategoriesResponse = Static<typeof SuggestedCategoriesResponse>;
