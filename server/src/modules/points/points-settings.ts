import type { PointsRules } from '@needle/contract';

export type { PointsRules } from '@needle/contract';

/** The points figures a city configures; they join the settings table under this key. */
export interface PointsSettings {
  pointsRules: PointsRules;
}

// Ten points a filed report and five reports' worth a day: enough to thank a busy courier, too little
// to make farming reports pay.
export const POINTS_SETTING_DEFAULTS: PointsSettings = {
  pointsRules: { reportFiled: 10, dailyCap: 50, whistleBonus: 20 },
};

// Past these a figure is a typing mistake: the points shop prices things in tens and hundreds.
const MAX: PointsRules = { reportFiled: 1000, dailyCap: 10_000, whistleBonus: 1000 };
const FIELDS = Object.keys(MAX) as (keyof PointsRules)[];

function pointsRulesOf(value: unknown): PointsRules {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RangeError('pointsRules must be an object');
  }
  const given = value as Record<string, unknown>;
  const extra = Object.keys(given).filter((k) => !(FIELDS as string[]).includes(k));
  if (extra.length > 0) throw new RangeError(`pointsRules has unknown fields: ${extra.join(', ')}`);
  const rules = { ...POINTS_SETTING_DEFAULTS.pointsRules };
  for (const field of FIELDS) {
    const v = given[field];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > MAX[field]) {
      throw new RangeError(
        `pointsRules.${field} must be a whole number from 0 to ${MAX[field]}, got ${JSON.stringify(v)}`,
      );
    }
    rules[field] = v;
  }
  return rules;
}

/** Checks a value for the points key; throws a RangeError saying what is wrong. */
export const POINTS_SETTING_PARSERS: {
  [K in keyof PointsSettings]: (value: unknown) => PointsSettings[K];
} = { pointsRules: pointsRulesOf };
