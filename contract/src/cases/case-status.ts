import { enumLabels, enumValues } from '../enums/enum-text.js';

/** The states of a case along the closed loop of CJJ/T 106, in the order a case usually moves. */
export const CASE_STATUSES = enumValues('caseStatus');
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const isCaseStatus = (value: string): value is CaseStatus => CASE_STATUSES.some((s) => s === value);

// The server's SMS and WeChat notices use the zh-CN names too.
export const CASE_STATUS_LABELS = enumLabels('caseStatus');
