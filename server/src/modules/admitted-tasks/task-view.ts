import type { CommunityTask } from '@needle/contract';
import type { communityTasks } from './admitted-tasks.tables.js';

type TaskRow = typeof communityTasks.$inferSelect;

export function taskView(t: TaskRow, departmentName: string): CommunityTask {
  return {
    id: t.id,
    regionCode: t.regionCode,
    departmentId: t.departmentId,
    departmentName,
    admittedTaskId: t.admittedTaskId,
    title: t.title,
    description: t.description,
    admission: t.admission,
    funding:
      t.fundingYuan !== null && t.fundingSource !== null
        ? { amountYuan: t.fundingYuan, source: t.fundingSource }
        : null,
    dueDate: t.dueDate,
    state: t.state,
    batchId: t.batchId,
    assignedAt: t.assignedAt.toISOString(),
    doneAt: t.doneAt?.toISOString() ?? null,
    doneNote: t.doneNote,
  };
}
