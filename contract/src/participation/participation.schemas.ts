import { type Static, Type } from 'typebox';
import { DELIBERATION_STATES, PROJECT_STATES, WISH_STATES } from '../enums/enums.js';
import { LiteralUnion } from '../http/common.schemas.js';

const Count = Type.Integer({ minimum: 0 });
const Hours = Type.Number({ minimum: 0 });

export const ParticipationDashboardQuery = Type.Object(
  {
    /** A community, a street or above; the user's own area when left out. */
    region: Type.Optional(Type.String({ pattern: '^[0-9]{12}$' })),
    /** The calendar year in China time; this year when left out. */
    year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
  },
  { additionalProperties: false },
);
export type ParticipationDashboardQuery = Static<typeof ParticipationDashboardQuery>;

/** The figures of one area for the year: every one a count of rows of the modules, never a guess. */
const figures = {
  projects: Count,
  /** Projects claimed by a partner unit, and those nobody claimed that fell to the community (兜底). */
  projectsClaimed: Count,
  projectsFallen: Count,
  projectsClosedOut: Count,
  wishesPosted: Count,
  /** Wishes fulfilled in the year (confirmed ones too: a confirmed wish was fulfilled first). */
  wishesFulfilled: Count,
  volunteerHours: Hours,
  deliberations: Count,
  resolutionsPublished: Count,
};
const Figures = Type.Object(figures);
export type ParticipationFigures = Static<typeof Figures>;

export const ParticipationDashboard = Type.Object({
  region: Type.Object({ code: Type.String(), name: Type.String(), level: Type.String() }),
  year: Type.Integer(),
  totals: Figures,
  volunteerTeams: Count,
  activitiesHeld: Count,
  projectsByState: Type.Array(Type.Object({ state: LiteralUnion(PROJECT_STATES), count: Count })),
  wishesByState: Type.Array(Type.Object({ state: LiteralUnion(WISH_STATES), count: Count })),
  deliberationsByState: Type.Array(Type.Object({ state: LiteralUnion(DELIBERATION_STATES), count: Count })),
  /** Month by month (1–12, China time): what was closed out, fulfilled, served and published. */
  months: Type.Array(
    Type.Object({
      month: Type.Integer({ minimum: 1, maximum: 12 }),
      projectsClosedOut: Count,
      wishesFulfilled: Count,
      volunteerHours: Hours,
      resolutionsPublished: Count,
    }),
  ),
  /** One row per region directly below (a street's communities, a district's streets); none for a community. */
  rows: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), ...figures })),
});
export type ParticipationDashboard = Static<typeof ParticipationDashboard>;
