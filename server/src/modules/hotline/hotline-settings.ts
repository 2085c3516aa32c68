import { URGENCIES, type Urgency } from '@needle/contract';
import { TIME_LIMIT_UNITS, type TimeLimit } from '../../lib/calendar/index.js';
import { assertHotlineWeights, type HotlineWeights } from '../stats/formulas/hotline-rates.js';

/** How urgent a 12345 request is; each tier has its own overall time limit (DOMAIN.md "Time limits"). */
export { URGENCIES, type Urgency } from '@needle/contract';

/** The 12345 figures a city configures; they join the settings table under these keys. */
export interface HotlineSettings {
  /** The case's overall due date per urgency tier: 2 h for life and property … 15 working days for complex. */
  hotlineUrgencyLimits: Record<Urgency, TimeLimit>;
  /** 签收: the holding unit signs for the ticket within this, counted from the call. */
  hotlineSignLimit: TimeLimit;
  /** 响应: the holding unit contacts the caller within this, counted from the call. */
  hotlineContactLimit: TimeLimit;
  /** Weights of the composite of 响应率, 解决率 and 满意率; some cities use 30 / 35 / 35. */
  hotlineRateWeights: HotlineWeights;
}

export const HOTLINE_SETTING_DEFAULTS: HotlineSettings = {
  hotlineUrgencyLimits: {
    life_property: { amount: 2, unit: 'calendar_hours' },
    utilities: { amount: 24, unit: 'calendar_hours' },
    general: { amount: 7, unit: 'working_days' },
    complex: { amount: 15, unit: 'working_days' },
  },
  hotlineSignLimit: { amount: 2, unit: 'working_hours' },
  hotlineContactLimit: { amount: 24, unit: 'calendar_hours' },
  hotlineRateWeights: { response: 0.1, resolution: 0.5, satisfaction: 0.4 },
};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The object, when it has exactly the named fields; a missing or unknown field is a typing mistake. */
function exactly(value: unknown, fields: readonly string[], what: string): Record<string, unknown> {
  if (!isRecord(value)) throw new RangeError(`${what} must be an object`);
  const extra = Object.keys(value).filter((k) => !fields.includes(k));
  if (extra.length > 0) throw new RangeError(`${what} has unknown fields: ${extra.join(', ')}`);
  const missing = fields.filter((k) => !(k in value));
  if (missing.length > 0) throw new RangeError(`${what} lacks ${missing.join(', ')}`);
  return value;
}

// Past a year (or about a year of office hours) a limit is a typing mistake, as for step limits.
const MAX_AMOUNT = { days: 365, hours: 2000 };

function timeLimit(value: unknown, what: string): TimeLimit {
  const v = exactly(value, ['amount', 'unit'], what);
  const unit = TIME_LIMIT_UNITS.find((u) => u === v.unit);
  if (!unit) throw new RangeError(`${what}.unit must be one of ${TIME_LIMIT_UNITS.join(', ')}`);
  const max = unit.endsWith('days') ? MAX_AMOUNT.days : MAX_AMOUNT.hours;
  if (typeof v.amount !== 'number' || !Number.isFinite(v.amount) || v.amount <= 0 || v.amount > max) {
    throw new RangeError(`${what}.amount must be a number above 0 and at most ${max}`);
  }
  return { amount: v.amount, unit };
}

function urgencyLimits(value: unknown): Record<Urgency, TimeLimit> {
  // Every tier is required: a call of any urgency must get a due date.
  const v = exactly(value, URGENCIES, 'hotlineUrgencyLimits');
  const limit = (u: Urgency) => timeLimit(v[u], `hotlineUrgencyLimits.${u}`);
  return {
    life_property: limit('life_property'),
    utilities: limit('utilities'),
    general: limit('general'),
    complex: limit('complex'),
  };
}

function rateWeights(value: unknown): HotlineWeights {
  const v = exactly(value, ['response', 'resolution', 'satisfaction'], 'hotlineRateWeights');
  const weight = (k: string) => {
    const w = v[k];
    if (typeof w !== 'number') throw new RangeError(`hotlineRateWeights.${k} must be a number`);
    return w;
  };
  const weights = {
    response: weight('response'),
    resolution: weight('resolution'),
    satisfaction: weight('satisfaction'),
  };
  try {
    // The same check the composite score makes, so a stored value can never break the ranking.
    assertHotlineWeights(weights);
  } catch (err) {
    throw new RangeError(`hotlineRateWeights: ${(err as Error).message}`);
  }
  return weights;
}

/** Checks a value for one hotline key; throws a RangeError saying what is wrong. */
export const HOTLINE_SETTING_PARSERS: {
  [K in keyof HotlineSettings]: (value: unknown) => HotlineSettings[K];
} = {
  hotlineUrgencyLimits: urgencyLimits,
  hotlineSignLimit: (v) => timeLimit(v, 'hotlineSignLimit'),
  hotlineContactLimit: (v) => timeLimit(v, 'hotlineContactLimit'),
  hotlineRateWeights: rateWeights,
};
