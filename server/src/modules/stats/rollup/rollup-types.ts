import type { CounterName } from '../stats.schema.js';

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
  caseId: string;
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
}

/** The parts of an event row the rollups read. */
export interface KpiEvent {
  id: number;
  at: Date;
  action: string;
  toStatus?: string;
  data: unknown;
}
