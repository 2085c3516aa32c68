import type { ParticipationPoints, PointsRules } from '@needle/contract';

export type { ParticipationPoints, PointsRules } from '@needle/contract';

/** The points figures a city configures; they join the settings table under these keys. */
export interface PointsSettings {
  pointsRules: PointsRules;
  participationPoints: ParticipationPoints;
  /** Points earned this many whole months ago expire at the end of that month; 0: they never do. */
  pointsExpiryMonths: number;
  /** A redemption not picked up within this many days is cancelled and its points go back. */
  pointsPickupDays: number;
}

// Ten points a filed report and five reports' worth a day: enough to thank a busy courier, too little
// to make farming reports pay. An hour of volunteering is worth a filed report; a fulfilled wish two.
export const POINTS_SETTING_DEFAULTS: PointsSettings = {
  pointsRules: { reportFiled: 10, dailyCap: 50, whistleBonus: 20 },
  participationPoints: { volunteerHour: 10, deliberation: 5, wishFulfilled: 20 },
  pointsExpiryMonths: 0,
  pointsPickupDays: 7,
};

// Past these a figure is a typing mistake: the points shop prices things in tens and hundreds.
const MAX_RULES: PointsRules = { reportFiled: 1000, dailyCap: 10_000, whistleBonus: 1000 };
const MAX_PARTICIPATION: ParticipationPoints = {
  volunteerHour: 1000,
  deliberation: 1000,
  wishFulfilled: 1000,
};

/** An object of whole-number figures, each from 0 to its maximum, every field present and no other. */
function figuresOf<T extends Record<string, number>>(key: string, value: unknown, max: T): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RangeError(`${key} must be an object`);
  }
  const fields = Object.keys(max) as (keyof T & string)[];
  const given = value as Record<string, unknown>;
  const extra = Object.keys(given).filter((k) => !(fields as string[]).includes(k));
  if (extra.length > 0) throw new RangeError(`${key} has unknown fields: ${extra.join(', ')}`);
  const figures = { ...max };
  for (const field of fields) {
    const v = given[field];
    const most = max[field] as number;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > most) {
      throw new RangeError(
        `${key}.${field} must be a whole number from 0 to ${most}, got ${JSON.stringify(v)}`,
      );
    }
    figures[field] = v as T[typeof field];
  }
  return figures;
}

function wholeNumber(key: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${key} must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** Checks a value for a points key; throws a RangeError saying what is wrong. */
export const POINTS_SETTING_PARSERS: {
  [K in keyof PointsSettings]: (value: unknown) => PointsSettings[K];
} = {
  pointsRules: (v) => figuresOf('pointsRules', v, MAX_RULES),
  participationPoints: (v) => figuresOf('participationPoints', v, MAX_PARTICIPATION),
  // Ten years is longer than any city keeps points; a pickup waits at most three months.
  pointsExpiryMonths: (v) => wholeNumber('pointsExpiryMonths', v, 0, 120),
  pointsPickupDays: (v) => wholeNumber('pointsPickupDays', v, 1, 90),
};
