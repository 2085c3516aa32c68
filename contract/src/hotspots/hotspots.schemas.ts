import { type Static, Type } from 'typebox';
import { HOTSPOT_ACTIONS, HOTSPOT_KINDS, HOTSPOT_STATUSES } from '../enums/enums.js';
import { Nullable, OneOf, PageOf, Uuid } from '../http/common.schemas.js';
import { IssueBody } from '../whistle/whistle.schemas.js';

export const HotspotProposalSchema = Type.Object({
  id: Uuid,
  kind: OneOf(HOTSPOT_KINDS),
  status: OneOf(HOTSPOT_STATUSES),
  districtCode: Type.String(),
  streetCode: Type.String(),
  streetName: Type.String(),
  /** The hotspot area (resolution-8 H3 cell) at its middle, and 1 when its ring of six counts too. */
  area: Type.String(),
  radius: Type.Integer(),
  /** The area's middle, for a map. */
  lat: Type.Number(),
  lng: Type.Number(),
  categoryCode: Type.String(),
  categoryName: Type.String(),
  /** Cases in the window, and what the place's own baseline led one to expect. */
  observed: Type.Integer(),
  expected: Type.Number(),
  /** −log10 of the chance of so many or more; `threshold` is what a place had to reach that run. */
  surprise: Type.Number(),
  threshold: Type.Number(),
  windowStart: Type.String(),
  windowEnd: Type.String(),
  caseCount: Type.Integer(),
  detectedAt: Type.String(),
  updatedAt: Type.String(),
  decidedAt: Nullable(Type.String()),
  decidedByName: Nullable(Type.String()),
  dismissReason: Nullable(Type.String()),
  action: Nullable(OneOf(HOTSPOT_ACTIONS)),
  actionCaseId: Nullable(Uuid),
  actionCaseCode: Nullable(Type.String()),
  actionWhistleId: Nullable(Uuid),
});
export type HotspotProposal = Static<typeof HotspotProposalSchema>;

/** One of the evidence's cases; the reporter's personal data is never part of it. */
export const HotspotEvidenceCase = Type.Object({
  id: Uuid,
  code: Type.String(),
  channel: Type.String(),
  status: Type.String(),
  description: Type.String(),
  lat: Type.Number(),
  lng: Type.Number(),
  createdAt: Type.String(),
  closedAt: Nullable(Type.String()),
});

export const HotspotProposalDetail = Type.Object({
  proposal: HotspotProposalSchema,
  cases: Type.Array(HotspotEvidenceCase),
  /** The place's cases of the category per day (China time) over the window and the baseline before it. */
  trend: Type.Array(Type.Object({ day: Type.String(), count: Type.Integer() })),
  /** The outline of the place: each H3 cell's corners as [lat, lng]. */
  cells: Type.Array(Type.Array(Type.Tuple([Type.Number(), Type.Number()]))),
});

export const HotspotListQuery = Type.Object(
  {
    status: Type.Optional(OneOf(HOTSPOT_STATUSES)),
    kind: Type.Optional(OneOf(HOTSPOT_KINDS)),
    page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);

export const HotspotProposalPage = PageOf(HotspotProposalSchema);

export const HotspotParams = Type.Object({ id: Uuid });

/** Accepting: a proactive case at the place (its description written by staff), or a whistle order
 * calling departments to the place, with the evidence's cases linked. */
export const AcceptHotspotBody = Type.Union([
  Type.Object(
    {
      as: Type.Literal('proactive_case'),
      description: Type.String({ minLength: 1, maxLength: 4000 }),
      address: Type.Optional(Type.String({ maxLength: 200 })),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    { as: Type.Literal('whistle'), whistle: Type.Omit(IssueBody, ['caseIds']) },
    { additionalProperties: false },
  ),
]);
export type AcceptHotspotInput = Static<typeof AcceptHotspotBody>;

export const DismissHotspotBody = Type.Object(
  { reason: Type.String({ minLength: 2, maxLength: 500 }) },
  { additionalProperties: false },
);

/** What one run of the detector did. */
export const HotspotRunResult = Type.Object({
  mode: OneOf(['full', 'incremental'] as const),
  /** Cases read since the last run. */
  newCases: Type.Integer(),
  clusters: Type.Integer(),
  recurrences: Type.Integer(),
  repeatCallers: Type.Integer(),
  /** Proposals opened by this run, and those whose evidence it brought up to date. */
  opened: Type.Integer(),
  updated: Type.Integer(),
  ms: Type.Number(),
});
export type HotspotRun = Static<typeof HotspotRunResult>;

/** 未诉先办 over a region or a department and a period (GET /api/stats/proactive, with KpiQuery). */
export const ProactiveFigureSchema = Type.Object({
  period: Type.Object({ from: Type.String(), to: Type.String() }),
  /** Proactive cases staff opened in the period. */
  opened: Type.Integer(),
  /** Of them, those opened before any complaint of their category at their place in the 30 days before. */
  beforeComplaint: Type.Integer(),
  /** Complaints of the category at the place in the 30 days after each. */
  complaintsAfter: Type.Integer(),
});
export type ProactiveFigureAnswer = Static<typeof ProactiveFigureSchema>;
