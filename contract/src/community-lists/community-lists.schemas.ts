import { type Static, Type } from 'typebox';
import { NEED_SOURCES, NEED_STATUSES, PROJECT_STATES, RESOURCE_KINDS } from '../enums/enums.js';
import { LiteralUnion, Nullable, Uuid } from '../http/common.schemas.js';

// The three lists of a community (三张清单, seed 000): needs, the partner units' resources, and the
// yearly projects partners claim. Budgets are whole yuan (元): a community's project budget is
// approved and reported in yuan, never in fen.

const Day = Type.String({ format: 'date', examples: ['2026-12-31'] });
const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });
const CommunityCode = Type.String({ pattern: '^[0-9]{12}$', examples: ['220104004001'] });
const PhotoIds = Type.Array(Uuid, { minItems: 1, maxItems: 9, uniqueItems: true });

export const ListItemParams = Type.Object({ id: Uuid });
export const MilestoneParams = Type.Object({ id: Uuid, milestoneId: Uuid });
export const PublicCommunityParams = Type.Object({ code: CommunityCode });

// --- needs (需求清单) ---

export const NeedBody = Type.Object(
  {
    /** The community; community staff may leave it out (their own). */
    regionCode: Type.Optional(CommunityCode),
    source: LiteralUnion(NEED_SOURCES),
    /** A grid report's case, when the need came from one. */
    caseId: Type.Optional(Uuid),
    description: Text(2000),
    households: Type.Integer({ minimum: 0, maximum: 100000 }),
    /** Which households, as places (楼栋、单元): never names, phones or ID numbers. */
    householdNote: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  {
    additionalProperties: false,
    examples: [
      {
        source: 'door_to_door',
        description: '3号楼老人多，楼道缺扶手',
        households: 24,
        householdNote: '3号楼1-2单元',
      },
    ],
  },
);

export const NeedPatch = Type.Object(
  { status: LiteralUnion(NEED_STATUSES) },
  { additionalProperties: false, examples: [{ status: 'dropped' }] },
);

export const NeedsQuery = Type.Object(
  {
    regionCode: Type.Optional(CommunityCode),
    status: Type.Optional(LiteralUnion(NEED_STATUSES)),
  },
  { additionalProperties: false },
);

export const Need = Type.Object({
  id: Uuid,
  regionCode: Type.String(),
  source: LiteralUnion(NEED_SOURCES),
  caseId: Nullable(Uuid),
  description: Type.String(),
  households: Type.Integer(),
  householdNote: Type.String(),
  status: LiteralUnion(NEED_STATUSES),
  recordedBy: Nullable(Uuid),
  recordedAt: Type.String({ format: 'date-time' }),
});
export type Need = Static<typeof Need>;
export const NeedList = Type.Object({ items: Type.Array(Need) });

/** A phone may retry a need it could not see recorded: the same key returns the first (200, replayed). */
export const NeedHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({
      pattern: '^[A-Za-z0-9_.:-]{8,200}$',
      description:
        'A key the client makes once per need (a UUID); a retry with the same key returns the first',
    }),
  ),
});

export const NeedRecorded = Type.Object({ need: Need, replayed: Type.Boolean() });

// --- resources (资源清单) ---

export const ResourceBody = Type.Object(
  {
    partnerUnitId: Uuid,
    kind: LiteralUnion(RESOURCE_KINDS),
    description: Text(1000),
    /** How much, as the unit said it: "每月2次义诊", "5万元". */
    quantity: Type.Optional(Type.String({ maxLength: 200 })),
    availableFrom: Type.Optional(Day),
    availableUntil: Type.Optional(Day),
  },
  {
    additionalProperties: false,
    examples: [
      {
        partnerUnitId: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d',
        kind: 'skill',
        description: '社区义诊、健康讲座',
        quantity: '每月2次',
        availableFrom: '2026-01-01',
        availableUntil: '2026-12-31',
      },
    ],
  },
);

export const ResourcesQuery = Type.Object(
  { regionCode: Type.Optional(CommunityCode), partnerUnitId: Type.Optional(Uuid) },
  { additionalProperties: false },
);

export const Resource = Type.Object({
  id: Uuid,
  partnerUnitId: Uuid,
  partnerUnitName: Type.String(),
  regionCode: Type.String(),
  kind: LiteralUnion(RESOURCE_KINDS),
  description: Type.String(),
  quantity: Type.String(),
  availableFrom: Nullable(Type.String()),
  availableUntil: Nullable(Type.String()),
  recordedAt: Type.String({ format: 'date-time' }),
});
export const ResourceList = Type.Object({ items: Type.Array(Resource) });

// --- projects (项目清单) ---

export const ProjectBody = Type.Object(
  {
    regionCode: Type.Optional(CommunityCode),
    needIds: Type.Array(Uuid, { minItems: 1, maxItems: 20, uniqueItems: true }),
    year: Type.Integer({ minimum: 2000, maximum: 2100 }),
    title: Text(100),
    description: Type.Optional(Type.String({ maxLength: 4000 })),
    budgetYuan: Type.Integer({ minimum: 0, maximum: 100_000_000 }),
    /** The community or street staff member who answers for the project; the creator when left out. */
    ownerId: Type.Optional(Uuid),
    dueDate: Day,
    /** 认领截止日: unclaimed at this moment, the project falls to the community (兜底). */
    claimDeadline: Type.String({ format: 'date-time' }),
  },
  {
    additionalProperties: false,
    examples: [
      {
        needIds: ['0f6b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d'],
        year: 2026,
        title: '3号楼楼道加装扶手',
        budgetYuan: 12000,
        dueDate: '2026-12-31',
        claimDeadline: '2026-06-30T18:00:00+08:00',
      },
    ],
  },
);

export const ProjectsQuery = Type.Object(
  {
    regionCode: Type.Optional(CommunityCode),
    state: Type.Optional(LiteralUnion(PROJECT_STATES)),
    year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
  },
  { additionalProperties: false },
);

export const ClaimBody = Type.Object(
  {
    partnerUnitId: Uuid,
    /** Why this unit: the strengths it brings (its resources on the list). */
    note: Text(1000),
    resourceIds: Type.Optional(Type.Array(Uuid, { maxItems: 20, uniqueItems: true })),
  },
  {
    additionalProperties: false,
    examples: [{ partnerUnitId: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d', note: '本单位有施工队，可承接' }],
  },
);

export const MilestoneBody = Type.Object(
  { title: Text(200), dueDate: Day },
  { additionalProperties: false, examples: [{ title: '材料进场', dueDate: '2026-09-30' }] },
);

export const MilestoneDoneBody = Type.Object(
  { note: Type.Optional(Type.String({ maxLength: 1000 })), photoIds: PhotoIds },
  {
    additionalProperties: false,
    examples: [{ note: '扶手已安装', photoIds: ['3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a99'] }],
  },
);

export const EvidenceBody = Type.Object(
  { note: Text(2000), photoIds: PhotoIds },
  {
    additionalProperties: false,
    examples: [{ note: '全部完工，居民验收', photoIds: ['3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a99'] }],
  },
);

export const SignOffBody = Type.Object(
  { note: Type.Optional(Type.String({ maxLength: 1000 })) },
  { additionalProperties: false },
);

export const Milestone = Type.Object({
  id: Uuid,
  title: Type.String(),
  dueDate: Type.String(),
  doneAt: Nullable(Type.String({ format: 'date-time' })),
  note: Type.String(),
  photoIds: Type.Array(Uuid),
});

export const ProjectEvent = Type.Object({
  at: Type.String({ format: 'date-time' }),
  actorId: Nullable(Uuid),
  action: Type.String(),
  note: Type.String(),
});

const projectFields = {
  id: Uuid,
  regionCode: Type.String(),
  year: Type.Integer(),
  title: Type.String(),
  description: Type.String(),
  budgetYuan: Type.Integer(),
  ownerId: Uuid,
  state: LiteralUnion(PROJECT_STATES),
  dueDate: Type.String(),
  claimDeadline: Type.String({ format: 'date-time' }),
  needIds: Type.Array(Uuid),
  claim: Nullable(
    Type.Object({
      partnerUnitId: Uuid,
      partnerUnitName: Type.String(),
      note: Type.String(),
      resourceIds: Type.Array(Uuid),
      claimedAt: Type.String({ format: 'date-time' }),
    }),
  ),
  fallenAt: Nullable(Type.String({ format: 'date-time' })),
  evidence: Nullable(
    Type.Object({ note: Type.String(), photoIds: Type.Array(Uuid), by: Uuid, at: Type.String() }),
  ),
  signedOffBy: Nullable(Uuid),
  closedAt: Nullable(Type.String({ format: 'date-time' })),
  milestones: Type.Array(Milestone),
  createdAt: Type.String({ format: 'date-time' }),
};
export const Project = Type.Object(projectFields);
export type Project = Static<typeof Project>;
export const ProjectList = Type.Object({ items: Type.Array(Project) });
export const ProjectDetail = Type.Object({ ...projectFields, events: Type.Array(ProjectEvent) });

/** What anyone may read of a community's projects: no people, no ids of staff, no photos' uploaders. */
export const PublicProjectList = Type.Object({
  community: Type.Object({ code: Type.String(), name: Type.String() }),
  projects: Type.Array(
    Type.Object({
      title: Type.String(),
      year: Type.Integer(),
      state: LiteralUnion(PROJECT_STATES),
      budgetYuan: Type.Integer(),
      dueDate: Type.String(),
      claimDeadline: Type.String({ format: 'date-time' }),
      /** The partner unit that claimed it, or null (the community itself when it fell to it). */
      partnerUnitName: Nullable(Type.String()),
      /** Who answers for it, as a role (社区工作者), never a person. */
      ownerRole: Type.String(),
      households: Type.Integer(),
      milestones: Type.Array(
        Type.Object({
          title: Type.String(),
          dueDate: Type.String(),
          doneAt: Nullable(Type.String({ format: 'date-time' })),
          photoCount: Type.Integer(),
        }),
      ),
      closedAt: Nullable(Type.String({ format: 'date-time' })),
    }),
  ),
});

export type NeedInput = Static<typeof NeedBody>;
export type ResourceInput = Static<typeof ResourceBody>;
export type Resource = Static<typeof Resource>;
export type ProjectInput = Static<typeof ProjectBody>;
export type ClaimInput = Static<typeof ClaimBody>;
export type ProjectEvent = Static<typeof ProjectEvent>;
export type ProjectDetail = Static<typeof ProjectDetail>;
export type PublicProjects = Static<typeof PublicProjectList>;
