import type { CallRequest, IssueInput } from '@needle/contract';
import type { Dayjs } from 'dayjs';
import { callTarget } from './callTargets';

/** The issue form's own values: times as pickers hold them, targets as select values. */
export interface IssueValues {
  title: string;
  task: string;
  place: string;
  meetAt?: Dayjs | null;
  deadlineMode: 'hours' | 'at';
  deadlineHours?: number;
  deadlineAt?: Dayjs | null;
  caseIds?: string[];
  calls?: { target?: string; task?: string }[];
}

const msPerHour = 3_600_000;

/**
 * The request body. A deadline given in hours becomes a time counted from the moment of sending; the
 * server's own default (whistleReportHours) applies when the hours are left as the setting has them.
 */
export function issueInput(values: IssueValues, defaultHours: number | null, now = Date.now()): IssueInput {
  const calls = (values.calls ?? []).flatMap((call): CallRequest[] => {
    const target = call.target ? callTarget(call.target) : null;
    return target && call.task ? [{ ...target, task: call.task.trim() }] : [];
  });
  const hours = values.deadlineHours;
  const reportDeadlineAt =
    values.deadlineMode === 'at'
      ? values.deadlineAt?.toISOString()
      : hours !== undefined && hours !== defaultHours
        ? new Date(now + hours * msPerHour).toISOString()
        : undefined;
  const caseIds = values.caseIds ?? [];
  return {
    title: values.title.trim(),
    task: values.task.trim(),
    place: values.place.trim(),
    meetAt: values.meetAt?.toISOString(),
    reportDeadlineAt,
    caseIds: caseIds.length > 0 ? caseIds : undefined,
    calls,
  };
}
