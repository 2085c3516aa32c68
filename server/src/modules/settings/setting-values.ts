import {
  DEFAULT_OFFICE_HOURS,
  type OfficeHours,
  TIME_LIMIT_UNITS,
  type TimeLimit,
} from '../../lib/calendar/index.js';
import { officeSessions } from '../../lib/calendar/office-hours.js';
import {
  GEOCODER_SETTING_DEFAULTS,
  GEOCODER_SETTING_PARSERS,
  type GeocoderSettings,
} from '../addresses/geocoder-settings.js';
import {
  HOTLINE_SETTING_DEFAULTS,
  HOTLINE_SETTING_PARSERS,
  type HotlineSettings,
} from '../hotline/hotline-settings.js';
import { MAP_SETTING_DEFAULTS, MAP_SETTING_PARSERS, type MapSettings } from '../map/base-map-setting.js';
import {
  OPEN311_SETTING_DEFAULTS,
  OPEN311_SETTING_PARSERS,
  type Open311Settings,
} from '../open311/open311-settings.js';
import {
  POINTS_SETTING_DEFAULTS,
  POINTS_SETTING_PARSERS,
  type PointsSettings,
} from '../points/points-settings.js';
import {
  WHISTLE_SETTING_DEFAULTS,
  WHISTLE_SETTING_PARSERS,
  type WhistleSettings,
} from '../whistle/whistle-settings.js';

/**
 * Steps of the case loop with a limit of their own. in_progress runs on the category's limit and
 * suspended (挂账) waits without a clock, so neither is here.
 */
export const STEP_LIMIT_STEPS = [
  'reported',
  'verified',
  'registered',
  'filed',
  'returned',
  'dispatched',
  'handled',
  'checked',
] as const;
export type LimitedStep = (typeof STEP_LIMIT_STEPS)[number];

/** The figures that differ from city to city; stored per key in the settings table. */
export interface NeedleSettings
  extends HotlineSettings,
    WhistleSettings,
    Open311Settings,
    PointsSettings,
    MapSettings,
    GeocoderSettings {
  officeHours: OfficeHours;
  /** A new report this close to an open case of the same category is offered as a duplicate. */
  duplicateRadiusMeters: number;
  /** …when that case was reported within this many days. */
  duplicateWindowDays: number;
  /** How long after closing a reporter may reopen a case that was not really fixed. */
  reopenWindowDays: number;
  /** Limit per step; a step missing here has no clock. */
  stepLimits: Record<string, TimeLimit>;
}
export type SettingKey = keyof NeedleSettings;

const workingHours = (amount: number): TimeLimit => ({ amount, unit: 'working_hours' });

export const DEFAULT_SETTINGS: NeedleSettings = {
  officeHours: DEFAULT_OFFICE_HOURS,
  duplicateRadiusMeters: 50,
  duplicateWindowDays: 7,
  reopenWindowDays: 7,
  stepLimits: {
    reported: workingHours(2),
    verified: workingHours(1),
    registered: workingHours(1),
    filed: workingHours(1),
    returned: workingHours(1),
    dispatched: workingHours(2),
    handled: workingHours(4),
    checked: workingHours(2),
  },
  ...HOTLINE_SETTING_DEFAULTS,
  ...WHISTLE_SETTING_DEFAULTS,
  ...OPEN311_SETTING_DEFAULTS,
  ...POINTS_SETTING_DEFAULTS,
  ...MAP_SETTING_DEFAULTS,
  ...GEOCODER_SETTING_DEFAULTS,
};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function onlyKeys(value: unknown, allowed: readonly string[], what: string): Record<string, unknown> {
  if (!isRecord(value)) throw new RangeError(`${what} must be an object`);
  const extra = Object.keys(value).filter((k) => !allowed.includes(k));
  if (extra.length > 0) throw new RangeError(`${what} has unknown fields: ${extra.join(', ')}`);
  return value;
}

function wholeNumber(value: unknown, min: number, max: number, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(
      `${what} must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

function clock(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new RangeError(`${what} must be a HH:MM time`);
  return value;
}

function officeHoursOf(value: unknown): OfficeHours {
  const v = onlyKeys(value, ['start', 'end', 'breaks'], 'officeHours');
  const breaks: unknown = v.breaks ?? [];
  if (!Array.isArray(breaks)) throw new RangeError('officeHours.breaks must be a list');
  const hours: OfficeHours = {
    start: clock(v.start, 'officeHours.start'),
    end: clock(v.end, 'officeHours.end'),
    breaks: breaks.map((b: unknown, i: number) => {
      const pause = onlyKeys(b, ['start', 'end'], `officeHours.breaks[${i}]`);
      return { start: clock(pause.start, 'break start'), end: clock(pause.end, 'break end') };
    }),
  };
  // The calendar's own check: clock format, order, breaks inside the day and not overlapping.
  officeSessions(hours);
  return hours;
}

// Past a year (or about a year of office hours) a step limit is a typing mistake.
const MAX_STEP_AMOUNT = { days: 365, hours: 2000 };

function timeLimitOf(value: unknown, what: string): TimeLimit {
  const v = onlyKeys(value, ['amount', 'unit'], what);
  const unit = TIME_LIMIT_UNITS.find((u) => u === v.unit);
  if (!unit) throw new RangeError(`${what}.unit must be one of ${TIME_LIMIT_UNITS.join(', ')}`);
  const max = unit.endsWith('days') ? MAX_STEP_AMOUNT.days : MAX_STEP_AMOUNT.hours;
  if (typeof v.amount !== 'number' || !Number.isFinite(v.amount) || v.amount <= 0 || v.amount > max) {
    throw new RangeError(`${what}.amount must be a number above 0 and at most ${max}`);
  }
  return { amount: v.amount, unit };
}

function stepLimitsOf(value: unknown): Record<string, TimeLimit> {
  const v = onlyKeys(value, STEP_LIMIT_STEPS, 'stepLimits');
  return Object.fromEntries(Object.entries(v).map(([step, limit]) => [step, timeLimitOf(limit, step)]));
}

/** Checks a value for one key; throws a RangeError saying what is wrong. */
export const SETTING_PARSERS: { [K in SettingKey]: (value: unknown) => NeedleSettings[K] } = {
  officeHours: officeHoursOf,
  duplicateRadiusMeters: (v) => wholeNumber(v, 1, 1000, 'duplicateRadiusMeters'),
  duplicateWindowDays: (v) => wholeNumber(v, 1, 365, 'duplicateWindowDays'),
  reopenWindowDays: (v) => wholeNumber(v, 1, 365, 'reopenWindowDays'),
  stepLimits: stepLimitsOf,
  ...HOTLINE_SETTING_PARSERS,
  ...WHISTLE_SETTING_PARSERS,
  ...OPEN311_SETTING_PARSERS,
  ...POINTS_SETTING_PARSERS,
  ...MAP_SETTING_PARSERS,
  ...GEOCODER_SETTING_PARSERS,
};

export const SETTING_KEYS = Object.keys(SETTING_PARSERS) as SettingKey[];

export const isSettingKey = (key: string): key is SettingKey => (SETTING_KEYS as string[]).includes(key);
