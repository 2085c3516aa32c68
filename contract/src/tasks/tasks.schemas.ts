import { type Static, Type } from 'typebox';
import { TASK_QUEUES } from '../enums/enums.js';
import { Nullable, OneOf } from '../http/common.schemas.js';

export { RATING_OF_SATISFACTION } from './satisfaction-rating.js';

/** The report-in step a whistle call waits for: 收到 → 报到 → 完成. */
export const CALL_TASK_STEPS = ['acknowledge', 'arrive', 'complete'] as const;
export type CallTaskStep = (typeof CALL_TASK_STEPS)[number];

export const CaseTaskSchema = Type.Object({
  kind: Type.Literal('case'),
  id: Type.String(),
  code: Type.String(),
  categoryCode: Type.String(),
  status: Type.String(),
  description: Type.String(),
  address: Type.String(),
  stepDueAt: Nullable(Type.String()),
  overdue: Type.Boolean(),
  light: Type.Union([Type.Literal('green'), Type.Literal('yellow'), Type.Literal('red'), Type.Null()]),
  createdAt: Type.String(),
});

export const CallTaskSchema = Type.Object({
  kind: Type.Literal('call'),
  /** The whistle order's id: its page is where the call is answered. */
  id: Type.String(),
  callId: Type.String(),
  code: Type.String(),
  level: Type.Integer(),
  title: Type.String(),
  task: Type.String(),
  place: Type.String(),
  step: OneOf(CALL_TASK_STEPS),
  reportDeadlineAt: Type.String(),
  /** Not reported in, and the deadline has passed. */
  overdue: Type.Boolean(),
  issuedAt: Type.String(),
});

export const TaskQueueSchema = Type.Object({
  key: OneOf(TASK_QUEUES),
  /** Everything waiting in the queue; `items` holds only the first ones, most urgent first. */
  count: Type.Integer(),
  items: Type.Array(Type.Union([CaseTaskSchema, CallTaskSchema])),
});

export const TasksResponse = Type.Object({
  /** Only the queues the user's roles give them, in a fixed order; none for residents and couriers. */
  queues: Type.Array(TaskQueueSchema),
});

export type CaseTask = Static<typeof CaseTaskSchema>;
export type CallTask = Static<typeof CallTaskSchema>;
export type TaskQueue = Static<typeof TaskQueueSchema>;
export type Tasks = Static<typeof TasksResponse>;
