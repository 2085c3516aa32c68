import { type Static, Type } from 'typebox';
import { POINT_REASONS } from '../enums/enums.js';
import { Nullable, OneOf } from '../http/common.schemas.js';

/**
 * How a reporter earns points (积分): so many for each of their reports that is filed (立案), at most so
 * many a day, and a bonus when the report becomes a whistle order (吹哨).
 */
export const PointsRulesSchema = Type.Object(
  {
    reportFiled: Type.Integer({ minimum: 0, maximum: 1000 }),
    dailyCap: Type.Integer({ minimum: 0, maximum: 10_000 }),
    whistleBonus: Type.Integer({ minimum: 0, maximum: 1000 }),
  },
  { additionalProperties: false },
);
export type PointsRules = Static<typeof PointsRulesSchema>;

/**
 * What taking part earns (参与积分): so many points an hour of verified volunteer service, a deliberation
 * taken part in (议事), and a micro-wish fulfilled (微心愿).
 */
export const ParticipationPointsSchema = Type.Object(
  {
    volunteerHour: Type.Integer({ minimum: 0, maximum: 1000 }),
    deliberation: Type.Integer({ minimum: 0, maximum: 1000 }),
    wishFulfilled: Type.Integer({ minimum: 0, maximum: 1000 }),
  },
  { additionalProperties: false },
);
export type ParticipationPoints = Static<typeof ParticipationPointsSchema>;

/** GET /api/points: a page of the signed-in user's history, newest first. */
export const PointsQuery = Type.Object(
  {
    page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);
export type PointsQuery = Static<typeof PointsQuery>;

/** One movement of the user's points, with its reason and the case it is about. */
export const PointEntrySchema = Type.Object({
  id: Type.Integer({ description: 'the transfer the entry belongs to' }),
  at: Type.String({ format: 'date-time' }),
  amount: Type.Integer({ description: 'positive when earned, negative when taken back or spent' }),
  reason: OneOf(POINT_REASONS),
  caseId: Nullable(Type.String()),
  caseCode: Nullable(Type.String()),
});
export type PointEntry = Static<typeof PointEntrySchema>;

/**
 * The user's balance and one page of the entries. `balance` is what they may spend: the sum of all their
 * entries. `held` is on hold for their pending redemptions (already out of the balance, back in it if a
 * redemption is cancelled); `expiring` is what of the balance expires at the end of this month if unspent.
 */
export const PointsSchema = Type.Object({
  balance: Type.Integer({ description: 'available: the sum of all your entries' }),
  held: Type.Integer({ description: 'on hold for your pending redemptions' }),
  expiring: Nullable(Type.Object({ points: Type.Integer(), at: Type.String({ format: 'date-time' }) })),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  entries: Type.Array(PointEntrySchema),
});
export type Points = Static<typeof PointsSchema>;
