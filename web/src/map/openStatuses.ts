import { CASE_STATUSES, type CaseStatus } from '@needle/contract';

// The server's FINAL_STATUSES: nothing more happens to a case in these, short of a reopen.
const FINISHED: readonly CaseStatus[] = ['closed', 'rejected', 'voided'];

export const FINISHED_STATUSES = FINISHED;
export const OPEN_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter((s) => !FINISHED.includes(s));
