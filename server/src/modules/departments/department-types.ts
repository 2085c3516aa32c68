import { DEPARTMENT_TYPE_LABELS } from '@needle/contract';

/** The departments the responsibility list routes to, by type, with the names the seed city gives them. */
export const DEPARTMENT_TYPES = DEPARTMENT_TYPE_LABELS['zh-CN'];
export type { DepartmentType } from '@needle/contract';
