import type { CounterName } from '../stats.tables.js';

export type Counters = Partial<Record<CounterName, number>>;

/** Which rollup row a figure lands in. */
export interface RollupKey {
  /** China date, YYYY-MM-DD. */
  day: string;
  regionCode: string;
  unitKey: string;
  categoryCode: string;
}

export interface RollupDelta {
  key: RollupKey;
  counters: Counters;
}

/** What one case contributes through its state: the bucket of its due day and whether it closed in time. */
export interface CaseKpiState {
  /** The case's district now: the state row's key follows the case (ON UPDATE CASCADE). */
  districtCode: string;
  caseId: string;
  /** Where the case is: where intake put it, or where it was last relocated (重新定位) to. */
  regionCode: string;
  categoryCode: string;
  channel: string;
  unitKey: string;
  dueAt: string;
  status: string;
  closedAt: string | null;
  duplicate: boolean;
  dispatchDay: string | null;
  dispatchUnitKey: string | null;
  reworkedSinceDispatch: boolean;
  verified: boolean;
  /** What its latest valid 12345 callback added to the rollups: a ticket is judged once, by that one. */
  countedCallback: RollupDelta | null;
}

/** The parts of an event row the rollups read. */
export interface KpiEvent {
  id: number;
  at: Date;
  action: string;
  toStatus?: string;
  /** Where the case was when the event happened (the event log's own column). */
  regionCode: string;
  data: unknown;
}
