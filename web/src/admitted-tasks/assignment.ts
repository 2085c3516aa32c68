import type { Dayjs } from 'dayjs';
import type { AssignTaskInput } from '../api/admittedTasks';

/** The send form as typed: a task of the admitted list, or one written out (then funding is its ticket). */
export interface SendValues {
  /** Only the administrator names the sending department; a department's staff send for their own. */
  departmentId?: string;
  source: 'list' | 'other';
  admittedTaskId?: string;
  title?: string;
  description?: string;
  regionCode: string;
  dueDate?: Dayjs;
  /** 费随事转: the funding goes with the task. */
  funded?: boolean;
  amountYuan?: number;
  fundingSource?: string;
}

const trimmed = (text: string | undefined): string | undefined => text?.trim() || undefined;

/**
 * The request the send form makes. A task of the list goes under its entry (its title may be left to
 * the entry's name); a task written out goes with its title, and with its funding only when the
 * sender recorded it: without, the server refuses it, and that refusal is what the sender must see.
 */
export function toAssignment(values: SendValues): AssignTaskInput {
  const title = trimmed(values.title);
  const description = trimmed(values.description);
  const source = trimmed(values.fundingSource);
  const fromList = values.source === 'list' && values.admittedTaskId;
  return {
    regionCode: values.regionCode,
    ...(values.departmentId ? { departmentId: values.departmentId } : {}),
    ...(fromList ? { admittedTaskId: values.admittedTaskId } : {}),
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
    ...(values.dueDate ? { dueDate: values.dueDate.format('YYYY-MM-DD') } : {}),
    ...(values.funded && values.amountYuan && source
      ? { funding: { amountYuan: values.amountYuan, source } }
      : {}),
  };
}
