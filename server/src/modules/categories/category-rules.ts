import { CATEGORY_MAX_LIMIT, CATEGORY_TEXT_MAX, ROUTINGS } from '@needle/contract';
import { badRequest } from '../../lib/errors/app-error.js';
import { DEPARTMENT_TYPES } from '../departments/department-types.js';
import type { DepartmentType, Routing } from './seed/catalogue.js';

export { ROUTINGS } from '@needle/contract';
/** A subclass's limit is counted on the working calendar: calendar units are for 12345 emergencies. */
// Emergencies run round the clock (calendar time); everything else on the working calendar.
export const CATEGORY_LIMIT_UNITS = [
  'working_hours',
  'working_days',
  'calendar_hours',
  'calendar_days',
] as const;
export type CategoryLimitUnit = (typeof CATEGORY_LIMIT_UNITS)[number];
/** The district departments, plus the street office itself for street-led and whistled items. */
export const LEAD_UNIT_TYPES: readonly DepartmentType[] = [
  ...(Object.keys(DEPARTMENT_TYPES) as (keyof typeof DEPARTMENT_TYPES)[]),
  'street',
];
export const TEXT_MAX = CATEGORY_TEXT_MAX;
// Beyond a year (or 2000 office hours, about a year of 8-hour days) a limit is a typing mistake.
export const MAX_LIMIT: Record<CategoryLimitUnit, number> = CATEGORY_MAX_LIMIT;

/** The editable part of a subclass: everything but its code, class, kind and 12345 type. */
export interface CategoryRules {
  nameZh: string;
  nameEn: string;
  filingStandard: string;
  closingStandard: string;
  timeLimitAmount: number;
  timeLimitUnit: CategoryLimitUnit;
  routing: Routing;
  departmentType: string;
  active: boolean;
}

const TEXT_FIELDS = ['nameZh', 'nameEn', 'filingStandard', 'closingStandard'] as const;

/**
 * Refuses a subclass that would break case handling. Checked on the merged result, not only on the
 * request, because a limit's bound depends on its unit and the lead unit on the routing.
 */
export function assertValidRules(code: string, rules: CategoryRules): void {
  const problems: string[] = [];
  for (const field of TEXT_FIELDS) {
    const value = rules[field];
    if (typeof value !== 'string' || value.trim() === '' || value.length > TEXT_MAX) {
      problems.push(`${field} must be non-empty text of at most ${TEXT_MAX} characters`);
    }
  }
  const unit = rules.timeLimitUnit;
  if (!CATEGORY_LIMIT_UNITS.includes(unit)) {
    problems.push(`timeLimitUnit must be one of ${CATEGORY_LIMIT_UNITS.join(', ')}`);
  } else if (
    !Number.isInteger(rules.timeLimitAmount) ||
    rules.timeLimitAmount < 1 ||
    rules.timeLimitAmount > MAX_LIMIT[unit]
  ) {
    problems.push(`timeLimitAmount must be a whole number from 1 to ${MAX_LIMIT[unit]} ${unit}`);
  }
  if (!ROUTINGS.includes(rules.routing)) problems.push(`routing must be one of ${ROUTINGS.join(', ')}`);
  if (!(LEAD_UNIT_TYPES as readonly string[]).includes(rules.departmentType)) {
    problems.push(`departmentType must be one of ${LEAD_UNIT_TYPES.join(', ')}`);
  } else if ((rules.departmentType === 'street') !== (rules.routing !== 'department_led')) {
    // The lead unit is where a case is dispatched: a street-led item naming a department (or the
    // reverse) would land on the wrong desk.
    problems.push("departmentType must be 'street' exactly when routing is street_led or street_whistles");
  }
  if (typeof rules.active !== 'boolean') problems.push('active must be true or false');
  if (problems.length > 0) throw badRequest('CATEGORY_INVALID', `Category ${code}: ${problems.join('; ')}`);
}
