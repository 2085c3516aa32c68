import { eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { userIds, useTestApp } from '../../test/actors.js';
import { MANHOLE, newCase, usePointIn } from '../../test/cases.js';
import { cases } from '../cases/cases.tables.js';
import { pointsForStep } from './award-points.js';
import { balanceOf } from './balance.js';
import { spendPoints } from './debit.js';
import { ISSUED_ACCOUNT, transferLegs, userAccount } from './ledger.js';
import { pointEntries, pointTransfers } from './points.tables.js';
import { postTransfer } from './post-transfer.js';

// PostgreSQL only (*.pg.test.ts): the embedded database has one connection, so nothing runs at once.
const { t, c } = useTestApp(['admin', 'resident']);
const at = usePointIn(t, c);
let people: Record<'resident' | 'grid', string>;
beforeAll(async () => {
  people = await userIds(t.database.db, ['resident', 'grid']);
});

const db = () => t.database.db;
const report = async () =>
  (await newCase(t, c.resident as string, { categoryCode: MANHOLE, description: '井盖丢了', ...at }))
    .id as string;

describe('points written at the same moment by several connections', () => {
  it('the same award, asked for at once, is written once', async () => {
    const caseId = await report();
    const award = () =>
      db().transaction((tx) =>
        postTransfer(tx, {
          kind: 'whistle_bonus',
          userId: people.resident,
          caseId,
          at: new Date(),
          legs: transferLegs(ISSUED_ACCOUNT, userAccount(people.resident), 20),
        }),
      );
    const written = await Promise.all(Array.from({ length: 6 }, award));
    expect(written.filter((id) => id !== null)).toHaveLength(1);
    expect(await db().$count(pointTransfers, eq(pointTransfers.caseId, caseId))).toBe(1);
  });

  it('filings at once stay under the daily cap', async () => {
    const ids = await Promise.all(Array.from({ length: 6 }, report));
    const rows = await db().select().from(cases).where(inArray(cases.id, ids));
    const now = new Date('2031-07-01T04:00:00Z');
    const rules = { reportFiled: 10, dailyCap: 25, whistleBonus: 20 };
    await Promise.all(
      rows.map((row) => db().transaction((tx) => pointsForStep(tx, row, 'file', now, rules))),
    );
    const [mine] = await db()
      .select({ sum: sql<number>`coalesce(sum(${pointEntries.amount}), 0)::int` })
      .from(pointEntries)
      .innerJoin(pointTransfers, eq(pointTransfers.id, pointEntries.transferId))
      .where(
        sql`${inArray(pointTransfers.caseId, ids)} and ${pointEntries.account} = ${userAccount(people.resident)}`,
      );
    expect(Number(mine?.sum)).toBe(25);
  });

  it('spends at once never overdraw', async () => {
    const account = userAccount(people.grid);
    await db().transaction((tx) =>
      postTransfer(tx, {
        kind: 'report_filed',
        userId: people.grid,
        caseId: null,
        at: new Date(),
        legs: transferLegs(ISSUED_ACCOUNT, account, 10),
      }),
    );
    const spend = () =>
      db().transaction((tx) => spendPoints(tx, { userId: people.grid, amount: 3, at: new Date() }));
    const results = await Promise.allSettled(Array.from({ length: 8 }, spend));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    expect(results.filter((r) => r.status === 'rejected').map((r) => r.reason)).toEqual(
      Array(5).fill(expect.objectContaining({ code: 'POINTS_INSUFFICIENT' })),
    );
    expect(await balanceOf(db(), account)).toBe(1);
  });
});
