import type { Executor } from '../../db/database.js';
import { publishChange } from '../../lib/changes/change-notice.js';
import { districtCodeOf } from '../../lib/codes/region-code.js';
import { enqueueKpiEvents } from '../stats/kpi-outbox.js';
import { whistleEvents } from './whistle.tables.js';

/**
 * The whistle log's events and the data each carries. The KPI rollups read these shapes (whistles
 * issued, report-ins on time, problems solved, department scores), so they are a contract: add
 * fields, never rename them.
 */
export type WhistleEvent =
  | {
      action: 'issue';
      data: { level: number; regionCode: string; caseIds: string[]; calls: number };
    }
  | { action: 'acknowledge'; callId: string }
  | {
      action: 'arrive';
      callId: string;
      data: {
        onTime: boolean;
        departmentId: string | null;
        partnerUnitId: string | null;
        userId: string | null;
      };
    }
  | { action: 'complete'; callId: string; note: string }
  | {
      action: 'evaluate';
      callId: string;
      data: {
        departmentId: string;
        score: number;
        reportedInOnTime: boolean;
        solved: boolean;
        cooperation: number;
      };
    }
  | { action: 'close'; note: string; data: { problemsSolved: number } }
  | { action: 'cancel'; note: string };

export interface WhistleEventContext {
  orderId: string;
  /** The issuing office's region: level-3 events roll up to the street, level-2 ones to the community. */
  regionCode: string;
  actorId: string;
  at: Date;
}

/**
 * Appends events to an order's log, queues them for the KPI rollups and announces them (change-notice.ts),
 * in the caller's transaction.
 * Every whistle event goes through here, so the rollups miss none.
 */
export async function recordWhistleEvents(
  tx: Executor,
  context: WhistleEventContext,
  ...events: WhistleEvent[]
): Promise<void> {
  if (events.length === 0) return;
  const written = await tx
    .insert(whistleEvents)
    .values(
      events.map((e) => ({
        ...context,
        districtCode: districtCodeOf(context.regionCode),
        action: e.action,
        callId: 'callId' in e ? e.callId : null,
        note: 'note' in e ? e.note : '',
        data: 'data' in e ? e.data : null,
      })),
    )
    .returning({ id: whistleEvents.id });
  await enqueueKpiEvents(
    tx,
    'whistle',
    written.map((e) => e.id),
  );
  // The called units' workbenches count the calls they answer: tell them on commit.
  await publishChange(tx, { regionCode: context.regionCode, step: 'whistle' });
}
