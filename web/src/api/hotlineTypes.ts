// The 12345 hotline overlay's vocabulary, mirrored from the server's OpenAPI document (GET /api/openapi.json).
import type { Case } from './caseTypes';

/** 咨询 / 求助 / 投诉 / 举报 / 建议. */
export const requestTypes = ['consult', 'help', 'complaint', 'report', 'suggest'] as const;
export type RequestType = (typeof requestTypes)[number];

/** Each tier sets the case's overall due date: life and property in hours, complex matters in weeks. */
export const urgencies = ['life_property', 'utilities', 'general', 'complex'] as const;
export type Urgency = (typeof urgencies)[number];

export const satisfactions = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;
export type Satisfaction = (typeof satisfactions)[number];

/** The ticket laid over a hotline case: who called, and the 签收 / 响应 / 回访 steps around the loop. */
export interface Ticket {
  caseId: string;
  caseCode: string;
  requestType: RequestType;
  urgency: Urgency;
  callerName: string | null;
  /** Masked unless the viewer is a hotline operator. */
  callerPhone: string | null;
  signDueAt: string;
  signedAt: string | null;
  contactDueAt: string;
  contactedAt: string | null;
  /** A consultation the operator answered during the call: no unit, no callback. */
  closedOnCall: boolean;
  callbackAt: string | null;
  /** Null before any callback; false when the caller was not reached or did not answer both questions. */
  callbackValid: boolean | null;
  resolved: boolean | null;
  satisfaction: Satisfaction | null;
  regionCode: string;
}

/** The case as the ticket list carries it: enough for a row, not the whole case. */
export interface TicketCase {
  id: string;
  code: string;
  status: string;
  categoryCode: string;
  description: string;
  address: string;
  unitDepartmentId: string | null;
  unitRegionCode: string | null;
  dueAt: string;
  closedAt: string | null;
  createdAt: string;
}

export interface TicketRow {
  ticket: Ticket;
  case: TicketCase;
}

export interface TicketPage {
  total: number;
  page: number;
  pageSize: number;
  items: TicketRow[];
}

/** Another ticket of the same caller; the same kind of problem again is a repeated complaint. */
export interface RelatedTicket {
  caseId: string;
  code: string;
  categoryCode: string;
  status: string;
  description: string;
  createdAt: string;
  requestType: RequestType;
  urgency: Urgency;
  sameCategory: boolean;
}

export interface TicketDetail {
  ticket: Ticket;
  case: Case;
  related: RelatedTicket[];
}

export interface CallInput {
  categoryCode: string;
  description: string;
  lat: number;
  lng: number;
  address?: string;
  callerName: string;
  callerPhone: string;
  requestType: RequestType;
  urgency: Urgency;
  answeredOnCall?: boolean;
}

export interface CallResult {
  ticket: Ticket;
  case: Case;
  relatedTickets: RelatedTicket[];
  /** True when the Idempotency-Key had been seen: this is the first submission's ticket. */
  replayed: boolean;
}

export interface CallbackInput {
  reached: boolean;
  resolved?: boolean;
  satisfaction?: Satisfaction;
  note: string;
}

/**
 * What came of a callback; null when it settles the ticket. CALL_AGAIN: not valid; SENT_BACK: not solved,
 * the case went back to its unit as rework (`caseAction` is the step taken); NOT_RESOLVED: not solved,
 * and the case follows a master case.
 */
export interface FollowUp {
  code: 'CALL_AGAIN' | 'SENT_BACK' | 'NOT_RESOLVED';
  message: string;
  caseAction: 'check_fail' | null;
}

export interface CallbackResult extends TicketDetail {
  followUp: FollowUp | null;
}
