/**
 * The rule of 一日两巡 as plain functions: which rule a grid follows, and how a day stands against it.
 */
export interface PatrolRuleRow {
  /** '' for the city's default. */
  regionCode: string;
  patrolsPerDay: number;
  minMinutes: number;
}

/** The rule of the most specific region holding the grid: a grid's own over its community's over the city's. */
export function ruleFor(gridCode: string, rules: readonly PatrolRuleRow[]): PatrolRuleRow {
  const rule = rules
    .filter((r) => gridCode.startsWith(r.regionCode))
    .sort((a, b) => b.regionCode.length - a.regionCode.length)[0];
  return rule ?? { regionCode: '', patrolsPerDay: 2, minMinutes: 20 };
}

export interface DayPatrol {
  /** Minutes from start to end; null while the patrol is under way. */
  minutes: number | null;
}

export type DayState = 'met' | 'missed' | 'open' | 'rest';

export interface DayStanding {
  required: number;
  counted: number;
  missed: number;
  state: DayState;
}

/**
 * How a worker's day stands: a patrol counts once finished and at least the rule's minutes long. A
 * working day is owed the rule's patrols; a rest day none. A day not over yet is `open` until it is met;
 * a day over with fewer counted than owed is `missed`, by how many.
 */
export function dayStanding(
  patrols: readonly DayPatrol[],
  rule: Pick<PatrolRuleRow, 'patrolsPerDay' | 'minMinutes'>,
  day: { working: boolean; over: boolean },
): DayStanding {
  const counted = patrols.filter((p) => p.minutes !== null && p.minutes >= rule.minMinutes).length;
  const required = day.working ? rule.patrolsPerDay : 0;
  if (counted >= required)
    return { required, counted, missed: 0, state: required === 0 && counted === 0 ? 'rest' : 'met' };
  if (!day.over) return { required, counted, missed: 0, state: 'open' };
  return { required, counted, missed: required - counted, state: 'missed' };
}
