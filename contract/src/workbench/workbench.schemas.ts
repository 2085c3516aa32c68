import { type Static, Type } from 'typebox';
import { CaseSchema } from '../cases/cases.schemas.js';
import {
  CASE_ACTIONS,
  CHANNELS,
  WORKBENCH_CASE_QUEUES,
  WORKBENCH_QUEUES,
  WORKBENCH_SORTS,
  type WorkbenchCaseQueue,
} from '../enums/enums.js';
import { LiteralUnion, OneOf, PageOf } from '../http/common.schemas.js';

export const isWorkbenchCaseQueue = (value: string): value is WorkbenchCaseQueue =>
  WORKBENCH_CASE_QUEUES.some((q) => q === value);

export const LightCountsSchema = Type.Object({
  green: Type.Integer(),
  yellow: Type.Integer(),
  red: Type.Integer(),
});

export const WorkbenchQueueSchema = Type.Object({
  key: OneOf(WORKBENCH_QUEUES),
  count: Type.Integer(),
  /** The queue's cases (or calls) by the light of their current step; a step without a clock is green. */
  lights: LightCountsSchema,
  /** The steps the user may take on several of the queue's cases at once: those that ask for nothing per case. */
  batchActions: Type.Array(OneOf(CASE_ACTIONS)),
});

export const WorkbenchResponse = Type.Object({
  /** Only the queues the user's roles give them, in a fixed order. */
  queues: Type.Array(WorkbenchQueueSchema),
  /** When the counts were taken. */
  at: Type.String(),
});

export const WorkbenchQueueParams = Type.Object({ queue: OneOf(WORKBENCH_CASE_QUEUES) });

/** The order of a queue's list: the step due first, or the newest report first. */

export const WorkbenchListQuery = Type.Object(
  {
    sort: Type.Optional(OneOf(WORKBENCH_SORTS)),
    categoryCode: Type.Optional(Type.String({ pattern: '^[CE][0-9]{4}$' })),
    channel: Type.Optional(LiteralUnion(CHANNELS)),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
  },
  { additionalProperties: false },
);

export const WorkbenchDoneQuery = Type.Object(
  {
    page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
  },
  { additionalProperties: false },
);

/** A case the user took a step on (已办), with the last step they took. */
export const DoneCaseSchema = Type.Object({
  case: CaseSchema,
  myLastAction: Type.String(),
  myLastStepAt: Type.String(),
});

export const WorkbenchCasePage = PageOf(CaseSchema);
export const WorkbenchDonePage = PageOf(DoneCaseSchema);

/** The name of the server-sent event carrying the user's new counts (GET /api/workbench/stream). */
export const WORKBENCH_COUNTS_EVENT = 'counts';

export type LightCounts = Static<typeof LightCountsSchema>;
export type WorkbenchQueue = Static<typeof WorkbenchQueueSchema>;
export type Workbench = Static<typeof WorkbenchResponse>;
export type WorkbenchListFilter = Static<typeof WorkbenchListQuery>;
export type DoneCase = Static<typeof DoneCaseSchema>;
export type WorkbenchDonePage = Static<typeof WorkbenchDonePage>;
