// The whistle ladder's vocabulary (吹哨报到), mirrored from the server's OpenAPI document.

/** 2: a community whistles its grid members; 3: a street whistles departments and partner units. */
export type WhistleLevel = 2 | 3;

export const whistleStatuses = ['open', 'closed', 'cancelled'] as const;
export type WhistleStatus = (typeof whistleStatuses)[number];

export interface WhistleOrder {
  id: string;
  code: string;
  level: number;
  regionCode: string;
  regionName: string | null;
  title: string;
  task: string;
  place: string;
  lat: number | null;
  lng: number | null;
  meetAt: string | null;
  reportDeadlineAt: string;
  status: string;
  issuedBy: string | null;
  issuedAt: string;
  closedAt: string | null;
}

export interface WhistleOrderDetail extends WhistleOrder {
  issuedByName: string | null;
  /** Counted when the order closes: how many of its cases were closed. */
  problemsSolved: number | null;
}

/** The street's score of one department's answer (双向考核). */
export interface CallEvaluation {
  score: number;
  reportedInOnTime: boolean;
  solved: boolean;
  cooperation: number;
  comment: string;
  createdAt: string;
}

/** 'department' | 'partner' | 'member', as the server sends it. */
export interface WhistleCall {
  id: string;
  targetKind: string;
  departmentId: string | null;
  partnerUnitId: string | null;
  userId: string | null;
  name: string | null;
  task: string;
  acknowledgedAt: string | null;
  arrivedAt: string | null;
  arrivalLat: number | null;
  arrivalLng: number | null;
  arrivalPhotoId: string | null;
  completedAt: string | null;
  completionNote: string | null;
  /** Reported in after the deadline. */
  late: boolean;
  /** Not reported in, and the deadline has passed. */
  overdue: boolean;
  evaluation: CallEvaluation | null;
}

export interface WhistleEvent {
  id: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  /** issue, acknowledge, arrive, complete, evaluate, close, cancel… */
  action: string;
  callId: string | null;
  note: string;
}

export interface WhistleDetail {
  order: WhistleOrderDetail;
  calls: WhistleCall[];
  cases: { id: string; code: string; status: string }[];
  events: WhistleEvent[];
}

export interface CallCounts {
  total: number;
  acknowledged: number;
  arrived: number;
  late: number;
  overdue: number;
  completed: number;
}

export interface WhistleSummary extends WhistleOrder {
  caseCount: number;
  calls: CallCounts;
}

export interface WhistlePage {
  total: number;
  page: number;
  pageSize: number;
  items: WhistleSummary[];
}

export type CallTarget = { departmentId: string } | { partnerUnitId: string } | { userId: string };

export type CallRequest = CallTarget & { task: string };

export interface IssueInput {
  title: string;
  task: string;
  place: string;
  meetAt?: string;
  reportDeadlineAt?: string;
  caseIds?: string[];
  calls: CallRequest[];
}

export interface ArrivalInput {
  lat: number;
  lng: number;
  photoId: string;
}

export interface CallEvaluationInput {
  solved: boolean;
  cooperation: 1 | 2 | 3 | 4 | 5;
  comment?: string;
}

/** One department's answer as scored by a street, from GET /api/whistles/evaluations. */
export interface DepartmentEvaluation {
  id: string;
  orderId: string;
  orderCode: string;
  streetName: string | null;
  departmentName: string;
  reportedInOnTime: boolean;
  solved: boolean;
  cooperation: number;
  score: number;
  comment: string;
  createdAt: string;
}

/** A street as scored by a department for a month. */
export interface StreetEvaluation {
  id: string;
  streetCode: string;
  streetName: string | null;
  departmentName: string;
  month: string;
  coordination: number;
  support: number;
  score: number;
  comment: string;
  createdAt: string;
}

export interface Evaluations {
  month: string;
  ofDepartments: DepartmentEvaluation[];
  ofStreets: StreetEvaluation[];
}
