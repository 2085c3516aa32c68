import type { PointReason } from '@needle/contract';
import { and, eq, isNull, notExists, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/database.js';
import { isBalanced, type Leg, reversingLegs } from './ledger.js';
import { pointEntries, pointTransfers } from './points.tables.js';

export interface TransferInput {
  kind: PointReason;
  userId: string;
  caseId: string | null;
  /** What moved the points when it is not a case (see pointTransfers.source). */
  source?: string | null;
  /** The transfer this one undoes. */
  reverses?: number | null;
  at: Date;
  legs: Leg[];
}

/**
 * Writes a transfer and its legs in one statement. Null when the ledger already holds it: an award of the
 * same reason for the same case (or source) and user, or a reversal of the same transfer (the unique indexes say so,
 * so a replayed step or a race between two processes writes nothing twice).
 */
export async function postTransfer(tx: Executor, t: TransferInput): Promise<number | null> {
  if (!isBalanced(t.legs)) throw new Error(`the legs of a ${t.kind} transfer do not sum to zero`);
  const written = tx
    .insert(pointTransfers)
    .values({
      kind: t.kind,
      userId: t.userId,
      caseId: t.caseId,
      source: t.source ?? null,
      reverses: t.reverses ?? null,
      createdAt: t.at,
    })
    .onConflictDoNothing()
    .returning({ id: pointTransfers.id });
  const column = (c: { name: string }) => sql.identifier(c.name);
  const legs = sql.join(
    t.legs.map((l) => sql`(${l.account}, ${l.amount}::integer)`),
    sql`, `,
  );
  // Both engines' drivers answer a raw statement with its rows under `rows`.
  const result = (await tx.execute(
    sql`with written as ${written},
      legs as (insert into ${pointEntries} (${column(pointEntries.transferId)}, ${column(pointEntries.account)}, ${column(pointEntries.amount)})
        select written.id, leg.account, leg.amount from written, (values ${legs}) as leg(account, amount))
      select id from written`,
  )) as unknown as { rows: { id: number | string }[] };
  const id = result.rows[0]?.id;
  return id === undefined ? null : Number(id);
}

/** Undoes a transfer with a new one of the opposite legs (a correction is never an edit); null if already undone. */
export async function reverseTransfer(
  tx: Executor,
  transferId: number,
  kind: PointReason,
  at: Date,
): Promise<number | null> {
  const [original] = await tx.select().from(pointTransfers).where(eq(pointTransfers.id, transferId));
  if (!original) throw new Error(`no point transfer ${transferId} to reverse`);
  const legs = await tx
    .select({ account: pointEntries.account, amount: pointEntries.amount })
    .from(pointEntries)
    .where(eq(pointEntries.transferId, transferId));
  return postTransfer(tx, {
    kind,
    userId: original.userId,
    caseId: original.caseId,
    source: original.source,
    reverses: original.id,
    at,
    legs: reversingLegs(legs),
  });
}

/**
 * Takes back every award a case earned that still stands (the filed report, the whistle bonus), when the
 * case turns out not to deserve it. Returns how many were taken back.
 */
export async function takeBackAwards(
  tx: Executor,
  caseId: string,
  kind: Extract<PointReason, 'case_duplicate' | 'case_voided'>,
  at: Date,
): Promise<number> {
  const reversal = alias(pointTransfers, 'reversal');
  const standing = await tx
    .select({ id: pointTransfers.id })
    .from(pointTransfers)
    .where(
      and(
        eq(pointTransfers.caseId, caseId),
        isNull(pointTransfers.reverses),
        notExists(
          tx.select({ id: reversal.id }).from(reversal).where(eq(reversal.reverses, pointTransfers.id)),
        ),
      ),
    );
  let taken = 0;
  for (const award of standing) {
    if ((await reverseTransfer(tx, award.id, kind, at)) !== null) taken++;
  }
  return taken;
}
