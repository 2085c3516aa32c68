// The case loop's vocabulary, mirrored from the server's OpenAPI document (GET /api/openapi.json).

/** The states of a case along the closed loop of CJJ/T 106, in the order a case usually moves. */
export const caseStatuses = [
  'reported',
  'verified',
  'registered',
  'filed',
  'dispatched',
  'in_progress',
  'returned',
  'suspended',
  'handled',
  'checked',
  'closed',
  'rejected',
  'voided',
] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export const isCaseStatus = (value: string): value is CaseStatus => caseStatuses.some((s) => s === value);

export const caseActions = [
  'verify',
  'register',
  'reject',
  'file',
  'void',
  'dispatch',
  'accept',
  'return',
  'request_extension',
  'approve_extension',
  'deny_extension',
  'suspend',
  'resume',
  'feedback',
  'check_pass',
  'check_fail',
  'close',
  'rate',
  'reopen',
  'supervise',
  'reply_supervision',
  'reroute',
  'relocate',
] as const;
export type CaseAction = (typeof caseActions)[number];

/** Where a report came in; every channel ends in the same kind of case. */
export const channels = ['hotline', 'resident_app', 'courier', 'patrol', 'open311', 'proactive'] as const;
export type Channel = (typeof channels)[number];

export const isChannel = (value: string): value is Channel => channels.some((c) => c === value);

/** 红黄绿灯: how much of the current step's time is left; null when no clock runs. */
export type TrafficLight = 'green' | 'yellow' | 'red';

export interface Case {
  id: string;
  code: string;
  channel: string;
  categoryCode: string;
  status: string;
  description: string;
  address: string;
  lat: number;
  lng: number;
  gridCode: string;
  communityCode: string;
  streetCode: string;
  districtCode: string;
  routing: string;
  unitDepartmentId: string | null;
  unitRegionCode: string | null;
  /** Masked unless the viewer calls people back (a hotline operator on the case page). */
  reporterName: string | null;
  reporterPhone: string | null;
  stepStartedAt: string;
  stepDueAt: string | null;
  overdue: boolean;
  light: TrafficLight | null;
  dueAt: string;
  extensionRequested: boolean;
  reworkCount: number;
  reopenCount: number;
  masterCaseId: string | null;
  rating: number | null;
  closedAt: string | null;
  createdAt: string;
}

/** One row of the append-only event table: the timeline, the audit trail and the KPIs come from it. */
export interface TimelineEvent {
  id: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  /** A role, or 'system' for the step sweeper and duplicates following their master. */
  actorRole: string;
  /** A CaseAction, or an event only the system writes (report, overdue, follow_master…). */
  action: string;
  fromStatus: string | null;
  toStatus: string;
  note: string;
  photoIds: string[];
  data: unknown;
}

// 督办: a leader's note pressing the unit, answered by the unit.
export interface Supervision {
  id: string;
  note: string;
  at: string;
  reply: string | null;
  repliedAt: string | null;
}

export interface CaseDetail {
  case: Case;
  timeline: TimelineEvent[];
  supervisions: Supervision[];
  duplicates: { id: string; code: string }[];
  /** What the viewer may do now, by the server's state machine. */
  allowedActions: CaseAction[];
}

export interface CasePage {
  total: number;
  page: number;
  pageSize: number;
  items: Case[];
}

/** An open case near a point: a reporter may follow it ("me too") instead of reporting again. */
export interface NearbyCase {
  id: string;
  code: string;
  categoryCode: string;
  status: string;
  distanceM: number;
  createdAt: string;
}

export interface CaseReport {
  categoryCode: string;
  description: string;
  lat: number;
  lng: number;
  address?: string;
  photoIds?: string[];
  /** A hotline operator records the caller; nobody else reports on someone's behalf. */
  reporterName?: string;
  reporterPhone?: string;
  /** A grid worker fixed it on the spot: closed at once, with before-and-after photos. */
  selfHandled?: boolean;
}

export interface ReportResult {
  case: Case;
  /** True when the Idempotency-Key had been seen: this is the first submission's case. */
  replayed: boolean;
  possibleDuplicates: NearbyCase[];
}

export type TimeUnit = 'working_hours' | 'working_days';

export type DispatchUnit = { departmentId: string } | { regionCode: string };

export interface ActionInput {
  note?: string;
  photoIds?: string[];
  /** dispatch: another unit than the routed one; reroute (改派): the unit it moves to. */
  unit?: DispatchUnit;
  /** relocate (重新定位): where the case really is; the server routes it again from there. */
  place?: { lat: number; lng: number; address?: string };
  extension?: { amount: number; unit: TimeUnit };
  rating?: number;
}
