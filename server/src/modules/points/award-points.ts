import type { PointReason } from '@needle/contract';
import { and, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { cases } from '../cases/cases.tables.js';
import type { CaseAction } from '../cases/lifecycle/case-action.js';
import { cityDay, earningReporter, type ReportFacts, reportAward } from './award-rules.js';
import { lockUserPoints } from './balance.js';
import { ISSUED_ACCOUNT, transferLegs, userAccount } from './ledger.js';
import { pointEntries, pointTransfers } from './points.tables.js';
import type { PointsRules } from './points-settings.js';
import { postTransfer, takeBackAwards } from './post-transfer.js';

/** The case as the awards read it. */
export interface AwardedCase extends ReportFacts {
  id: string;
  status: string;
}

/**
 * The points that follow from a step of the case loop, written in the step's transaction so that a step
 * rolled back leaves no points behind: the reporter earns when their report is filed (立案), and loses
 * what the case earned when it is voided.
 */
export async function pointsForStep(
  tx: Executor,
  c: AwardedCase,
  action: CaseAction,
  now: Date,
  rules: PointsRules,
): Promise<void> {
  if (action === 'file') await awardFiledReport(tx, c, now, rules);
  if (action === 'void') await takeBackAwards(tx, c.id, 'case_voided', now);
}

async function awardFiledReport(tx: Executor, c: AwardedCase, now: Date, rules: PointsRules): Promise<void> {
  const userId = earningReporter(c);
  if (!userId || rules.reportFiled === 0) return;
  // Two desks filing this reporter's cases at once must not both fit under the same day's cap.
  await lockUserPoints(tx, userId);
  const amount = reportAward(rules, await earnedOnTheDay(tx, userId, now));
  if (amount > 0) await credit(tx, c.id, userId, 'report_filed', amount, now);
}

/** What the user earned for filed reports on the city day of `now`: what the daily cap is measured against. */
async function earnedOnTheDay(tx: Executor, userId: string, now: Date): Promise<number> {
  const { start, end } = cityDay(now);
  const [row] = await tx
    .select({ earned: sql<number>`coalesce(sum(${pointEntries.amount}), 0)::int` })
    .from(pointTransfers)
    .innerJoin(
      pointEntries,
      and(eq(pointEntries.transferId, pointTransfers.id), eq(pointEntries.account, userAccount(userId))),
    )
    .where(
      and(
        eq(pointTransfers.userId, userId),
        eq(pointTransfers.kind, 'report_filed'),
        gte(pointTransfers.createdAt, start),
        lt(pointTransfers.createdAt, end),
      ),
    );
  return Number(row?.earned ?? 0);
}

// A report not yet filed has not been judged a real problem; it earns its bonus only once filed.
const UNFILED = ['reported', 'verified', 'registered'];

/** The reporters' bonus when their reports become a whistle order (吹哨), in the order's transaction. */
export async function awardWhistleBonus(
  tx: Executor,
  caseIds: readonly string[],
  now: Date,
  rules: PointsRules,
): Promise<void> {
  if (caseIds.length === 0 || rules.whistleBonus === 0) return;
  const linked = await tx
    .select({
      id: cases.id,
      status: cases.status,
      channel: cases.channel,
      reporterId: cases.reporterId,
      masterCaseId: cases.masterCaseId,
    })
    .from(cases)
    .where(inArray(cases.id, [...caseIds]));
  for (const c of linked) {
    const userId = earningReporter(c);
    if (userId && !UNFILED.includes(c.status))
      await credit(tx, c.id, userId, 'whistle_bonus', rules.whistleBonus, now);
  }
}

/** Moves earned points to the reporter; nothing when the case earned this award before. */
async function credit(
  tx: Executor,
  caseId: string,
  userId: string,
  reason: PointReason,
  amount: number,
  now: Date,
): Promise<void> {
  await postTransfer(tx, {
    kind: reason,
    userId,
    caseId,
    at: now,
    legs: transferLegs(ISSUED_ACCOUNT, userAccount(userId), amount),
  });
}
