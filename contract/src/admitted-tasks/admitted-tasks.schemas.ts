import { type Static, Type } from 'typebox';
import { COMMUNITY_TASK_STATES, TASK_ADMISSIONS } from '../enums/enums.js';
import { LiteralUnion, Nullable, Uuid } from '../http/common.schemas.js';

// 社区事项准入 (seed 004, Wuhan): the list of tasks departments may send to communities, the tasks they
// send, and a report per department. A task off the list travels only with its funding (费随事转), in
// whole yuan (元) as the funding document states it.

const Day = Type.String({ format: 'date', examples: ['2026-12-31'] });
const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });
/** A region of 12 digits: a city, district, street or community (not a grid). */
const RegionCode = Type.String({ pattern: '^[0-9]{12}$', examples: ['220104004001'] });

export const AdmittedTaskParams = Type.Object({ id: Uuid });

// --- the admitted list (准入清单) ---

export const AdmittedTaskBody = Type.Object(
  {
    /** The area whose communities the entry covers: a city, district or street. */
    regionCode: RegionCode,
    name: Text(200),
    description: Type.Optional(Type.String({ maxLength: 2000 })),
    /** The departments that may send it. */
    departmentIds: Type.Array(Uuid, { minItems: 1, maxItems: 20, uniqueItems: true }),
    /** The law, regulation or document that puts it on the list. */
    basis: Text(1000),
  },
  {
    additionalProperties: false,
    examples: [
      {
        regionCode: '220104000000',
        name: '居民最低生活保障初审',
        description: '受理低保申请，入户调查，张榜公示',
        departmentIds: ['5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d'],
        basis: '《社会救助暂行办法》第十一条',
      },
    ],
  },
);

export type AdmittedTaskInput = Static<typeof AdmittedTaskBody>;

export const AdmittedTaskPatch = Type.Object(
  {
    name: Type.Optional(Text(200)),
    description: Type.Optional(Type.String({ maxLength: 2000 })),
    departmentIds: Type.Optional(Type.Array(Uuid, { minItems: 1, maxItems: 20, uniqueItems: true })),
    basis: Type.Optional(Text(1000)),
    /** Off the list: sending it again needs its funding; what was sent stays. */
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1, examples: [{ active: false }] },
);

export type AdmittedTaskChanges = Static<typeof AdmittedTaskPatch>;

export const AdmittedTasksQuery = Type.Object(
  {
    departmentId: Type.Optional(Uuid),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const AdmittedTask = Type.Object({
  id: Uuid,
  regionCode: Type.String(),
  name: Type.String(),
  description: Type.String(),
  departments: Type.Array(Type.Object({ id: Uuid, name: Type.String() })),
  basis: Type.String(),
  active: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type AdmittedTask = Static<typeof AdmittedTask>;
export const AdmittedTaskList = Type.Object({ items: Type.Array(AdmittedTask) });

// --- tasks sent to communities ---

export const TaskFunding = Type.Object(
  {
    /** Whole yuan the department transfers with the task, to each community it goes to. */
    amountYuan: Type.Integer({ minimum: 1, maximum: 1_000_000_000 }),
    /** Where the money comes from: the budget line or funding document (资金来源/文号). */
    source: Text(500),
  },
  { additionalProperties: false },
);
export type TaskFunding = Static<typeof TaskFunding>;

export const AssignTaskBody = Type.Object(
  {
    /** The sending department: department staff send for their own and leave it out; the admin names it. */
    departmentId: Type.Optional(Uuid),
    /** The entry of the admitted list it is; left out for a task off the list. */
    admittedTaskId: Type.Optional(Uuid),
    /** What is asked; the entry's name when left out. Required for a task off the list. */
    title: Type.Optional(Text(200)),
    description: Type.Optional(Type.String({ maxLength: 2000 })),
    /** One community, or a street: then every community of it. */
    regionCode: RegionCode,
    dueDate: Type.Optional(Day),
    /** 费随事转: required when the task is not on the admitted list. */
    funding: Type.Optional(TaskFunding),
  },
  {
    additionalProperties: false,
    examples: [
      {
        title: '辖区餐饮油烟排查',
        regionCode: '220104004000',
        dueDate: '2026-12-31',
        funding: { amountYuan: 20000, source: '朝财〔2026〕15号' },
      },
    ],
  },
);
export type AssignTaskInput = Static<typeof AssignTaskBody>;

export const CommunityTasksQuery = Type.Object(
  {
    regionCode: Type.Optional(RegionCode),
    departmentId: Type.Optional(Uuid),
    state: Type.Optional(LiteralUnion(COMMUNITY_TASK_STATES)),
    admission: Type.Optional(LiteralUnion(TASK_ADMISSIONS)),
  },
  { additionalProperties: false },
);

export const CommunityTaskDoneBody = Type.Object(
  { note: Type.Optional(Type.String({ maxLength: 1000 })) },
  { additionalProperties: false },
);

export const CommunityTask = Type.Object({
  id: Uuid,
  /** The community it was sent to. */
  regionCode: Type.String(),
  departmentId: Uuid,
  departmentName: Type.String(),
  admittedTaskId: Nullable(Uuid),
  title: Type.String(),
  description: Type.String(),
  admission: LiteralUnion(TASK_ADMISSIONS),
  funding: Nullable(Type.Object({ amountYuan: Type.Integer(), source: Type.String() })),
  dueDate: Nullable(Type.String()),
  state: LiteralUnion(COMMUNITY_TASK_STATES),
  /** The tasks sent by one request (a street at once) share it. */
  batchId: Uuid,
  assignedAt: Type.String({ format: 'date-time' }),
  doneAt: Nullable(Type.String({ format: 'date-time' })),
  doneNote: Type.String(),
});
export type CommunityTask = Static<typeof CommunityTask>;
export const CommunityTaskList = Type.Object({ items: Type.Array(CommunityTask) });

/** One task per community it reached, each admitted or funded. */
export const TasksAssigned = Type.Object({ items: Type.Array(CommunityTask) });

// --- the report ---

export const TaskReportQuery = Type.Object(
  {
    /** China-time days, both included; this year so far when left out. */
    from: Type.Optional(Day),
    to: Type.Optional(Day),
  },
  { additionalProperties: false },
);

const TaskCounts = {
  /** Tasks that reached a community (one per community). */
  assigned: Type.Integer(),
  admitted: Type.Integer(),
  funded: Type.Integer(),
  fundingYuan: Type.Integer(),
  done: Type.Integer(),
  /** Attempts refused for being off the list without funding (one per attempt, however many communities). */
  refused: Type.Integer(),
};

export const TaskReport = Type.Object({
  from: Type.String(),
  to: Type.String(),
  departments: Type.Array(Type.Object({ departmentId: Uuid, departmentName: Type.String(), ...TaskCounts })),
  totals: Type.Object(TaskCounts),
});
export type TaskReport = Static<typeof TaskReport>;
