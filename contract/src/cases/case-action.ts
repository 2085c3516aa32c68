import { enumLabels, enumValues } from '../enums/enum-text.js';
import type { EnumLabels } from '../labels.js';

/** What people do to a case: each one is judged by the server's action rules. */
export const CASE_ACTIONS = enumValues('caseAction');
export type CaseAction = (typeof CASE_ACTIONS)[number];

export const isCaseAction = (value: string): value is CaseAction => CASE_ACTIONS.some((a) => a === value);

/**
 * What a case's timeline records besides the actions: the report itself, steps the server takes on its
 * own (a sweep marks a case overdue, a duplicate follows its master), and the 12345 ticket's steps.
 */
export const CASE_EVENT_ACTIONS = [...CASE_ACTIONS, ...enumValues('caseRecord')] as const;
export type CaseEventAction = (typeof CASE_EVENT_ACTIONS)[number];

const actions = enumLabels('caseAction');
const records = enumLabels('caseRecord');
export const CASE_EVENT_ACTION_LABELS: EnumLabels<CaseEventAction> = {
  'zh-CN': { ...actions['zh-CN'], ...records['zh-CN'] },
  en: { ...actions.en, ...records.en },
};
