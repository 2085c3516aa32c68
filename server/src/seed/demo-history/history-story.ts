import type { Channel, RequestType, Satisfaction, Urgency } from '@needle/contract';
import type { TimeLimit } from '../../lib/calendar/index.js';
import type { CaseAction } from '../../modules/cases/lifecycle/case-action.js';

/**
 * Who takes a step, by their place in the demo city rather than an account id (see history-cast.ts):
 * `resident:2`, `courier:0`, `community:<code>`, `gridworker:<community code>`, `street:<code>`,
 * `department:<type>`, `dispatcher`, `shiftlead`, `hotline`, `leader`, `open311`; `holder` is whoever
 * holds the case when the step is taken.
 */
export type ActorRef = string;

export interface ActStep {
  kind: 'act';
  by: ActorRef;
  action: CaseAction;
  note?: string;
  rating?: number;
  /** The step shows a photo the actor took (a fix, an on-site check). */
  photo?: true;
  extension?: TimeLimit;
  /** A dispatch to the street office of the place rather than to the unit the list chose. */
  toStreet?: true;
}

/** 回访: the hotline operator calls the caller back. */
export interface CallbackStep {
  kind: 'callback';
  reached: boolean;
  resolved?: boolean;
  satisfaction?: Satisfaction;
  note: string;
}

export type CaseStep =
  | { kind: 'report' }
  | ActStep
  /** The hotline overlay's 签收 and 响应, by the unit holding the case. */
  | { kind: 'sign' | 'contact'; note: string }
  | CallbackStep;

export interface Timed<S> {
  /** Milliseconds since the epoch. */
  at: number;
  step: S;
}

/** 12345 call details, for a case taken in by the hotline. */
export interface CallDetails {
  callerName: string;
  callerPhone: string;
  requestType: RequestType;
  urgency: Urgency;
  answeredOnCall: boolean;
}

/** One case's life: where and what, who reported it through which channel, and each step after. */
export interface CaseStory {
  n: number;
  channel: Channel;
  reporter: ActorRef;
  categoryCode: string;
  description: string;
  address: string;
  lat: number;
  lng: number;
  gridCode: string;
  communityCode: string;
  streetCode: string;
  selfHandled: boolean;
  call: CallDetails | null;
  /** The report first, then the steps in time order; none after the history's "now". */
  steps: Timed<CaseStep>[];
}

export type WhistleStep =
  | { kind: 'issue' }
  | { kind: 'acknowledge' | 'arrive' | 'complete'; call: number }
  | { kind: 'evaluate'; call: number; solved: boolean; cooperation: 1 | 2 | 3 | 4 | 5 }
  | { kind: 'close' };

/** One whistle order (吹哨): who issues it, over which case (or none, a campaign), whom it calls. */
export interface WhistleStory {
  n: number;
  by: ActorRef;
  /** The case story it is issued for, by its n. */
  caseStory: number | null;
  title: string;
  task: string;
  place: string;
  lat: number;
  lng: number;
  calls: { target: ActorRef; task: string }[];
  steps: Timed<WhistleStep>[];
}

export interface HistoryPlan {
  cases: CaseStory[];
  whistles: WhistleStory[];
  /** Everyone the stories name, so the cast can be gathered before the first step. */
  actors: ActorRef[];
}
