import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../lib/seeded-random.js';
import { userIds, useTestDatabase } from '../../test/actors.js';
import { balanceOf } from './balance.js';
import { spendPoints } from './debit.js';
import { ISSUED_ACCOUNT, SHOP_ACCOUNT, transferLegs, userAccount } from './ledger.js';
import { pointEntries, pointTransfers } from './points.tables.js';
import { postTransfer, reverseTransfer } from './post-transfer.js';

const database = useTestDatabase();
const db = () => database.db;
let people: Record<'resident' | 'courier' | 'grid', string>;
beforeAll(async () => {
  people = await userIds(db(), ['resident', 'courier', 'grid']);
});

/** What a refused statement says, the driver's wrapping and the database's own message alike. */
async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (err) {
    const cause = (err as { cause?: { message?: string } }).cause;
    return `${(err as Error).message} ${cause?.message ?? ''}`;
  }
  throw new Error('the statement was not refused');
}

const earn = (userId: string, amount: number) =>
  db().transaction((tx) =>
    postTransfer(tx, {
      kind: 'report_filed',
      userId,
      caseId: null,
      at: new Date(),
      legs: transferLegs(ISSUED_ACCOUNT, userAccount(userId), amount),
    }),
  );

/** Transfers whose entries do not balance (fewer than two legs, or a sum other than zero). */
const unbalanced = () =>
  db().execute(
    sql`select t.id from ${pointTransfers} t left join ${pointEntries} e on e.transfer_id = t.id
        group by t.id having count(e.account) < 2 or coalesce(sum(e.amount), 0) <> 0`,
  ) as unknown as Promise<{ rows: unknown[] }>;

describe('the ledger is append-only', () => {
  it('refuses to change or remove a transfer or an entry', async () => {
    const id = await earn(people.resident, 10);
    if (id === null) throw new Error('no transfer written');
    const account = userAccount(people.resident);
    expect(
      await refusal(db().update(pointEntries).set({ amount: 1000 }).where(eq(pointEntries.transferId, id))),
    ).toContain('append-only');
    expect(await refusal(db().delete(pointEntries).where(eq(pointEntries.transferId, id)))).toContain(
      'append-only',
    );
    expect(
      await refusal(
        db().update(pointTransfers).set({ kind: 'whistle_bonus' }).where(eq(pointTransfers.id, id)),
      ),
    ).toContain('append-only');
    expect(await refusal(db().delete(pointTransfers).where(eq(pointTransfers.id, id)))).toContain(
      'append-only',
    );
    const [entry] = await db()
      .select({ amount: pointEntries.amount })
      .from(pointEntries)
      .where(sql`${pointEntries.transferId} = ${id} and ${pointEntries.account} = ${account}`);
    expect(entry?.amount).toBe(10);
  });
});

describe('every transfer balances, checked by the database at commit', () => {
  it('refuses legs that do not sum to zero, and keeps nothing of the transfer', async () => {
    const before = await db().$count(pointTransfers);
    const failure = await refusal(
      db().transaction(async (tx) => {
        const [t] = await tx
          .insert(pointTransfers)
          .values({ kind: 'report_filed', userId: people.resident })
          .returning({ id: pointTransfers.id });
        if (!t) throw new Error('no transfer');
        await tx.insert(pointEntries).values([
          { transferId: t.id, account: ISSUED_ACCOUNT, amount: -5 },
          { transferId: t.id, account: userAccount(people.resident), amount: 50 },
        ]);
      }),
    );
    expect(failure).toContain('does not balance');
    expect(await db().$count(pointTransfers)).toBe(before);
  });

  it('refuses a transfer without legs, and a leg added to an old transfer', async () => {
    expect(
      await refusal(db().insert(pointTransfers).values({ kind: 'report_filed', userId: people.resident })),
    ).toContain('does not balance');
    const id = await earn(people.resident, 10);
    if (id === null) throw new Error('no transfer written');
    expect(
      await refusal(
        db()
          .insert(pointEntries)
          .values({ transferId: id, account: userAccount(people.courier), amount: 10 }),
      ),
    ).toContain('does not balance');
  });

  it('refuses an account that is neither a user nor a system account, and a leg of nothing', async () => {
    const legs = (account: string, amount: number) =>
      db().transaction((tx) =>
        postTransfer(tx, {
          kind: 'report_filed',
          userId: people.resident,
          caseId: null,
          at: new Date(),
          legs: [
            { account: ISSUED_ACCOUNT, amount: -amount },
            { account, amount },
          ],
        }),
      );
    expect(await refusal(legs('alice', 5))).toContain('point_entries_account_shape');
    expect(await refusal(legs(userAccount(people.resident), 0))).toContain('point_entries_amount_nonzero');
  });
});

describe('a correction is a reversing transfer', () => {
  it('gives each account back what it gave, once', async () => {
    const account = userAccount(people.courier);
    const before = await balanceOf(db(), account);
    const id = await earn(people.courier, 30);
    if (id === null) throw new Error('no transfer written');
    const undo = await db().transaction((tx) => reverseTransfer(tx, id, 'case_voided', new Date()));
    expect(undo).not.toBeNull();
    expect(await balanceOf(db(), account)).toBe(before);
    expect(await db().transaction((tx) => reverseTransfer(tx, id, 'case_voided', new Date()))).toBeNull();
    // Not even by hand: the unique index stands behind the code.
    expect(
      await refusal(
        db().transaction(async (tx) => {
          const [again] = await tx
            .insert(pointTransfers)
            .values({ kind: 'case_voided', userId: people.courier, reverses: id })
            .returning({ id: pointTransfers.id });
          if (!again) throw new Error('no transfer');
          await tx.insert(pointEntries).values([
            { transferId: again.id, account: ISSUED_ACCOUNT, amount: 30 },
            { transferId: again.id, account, amount: -30 },
          ]);
        }),
      ),
    ).toContain('point_transfers_reverses_uq');
    expect(await balanceOf(db(), account)).toBe(before);
  });
});

describe('spending points (for the points shop)', () => {
  it('moves them to the shop, and never below zero', async () => {
    const account = userAccount(people.grid);
    await earn(people.grid, 25);
    const spend = (amount: number) =>
      db().transaction((tx) => spendPoints(tx, { userId: people.grid, amount, at: new Date() }));
    expect(await refusal(spend(26))).toContain('26');
    expect(await balanceOf(db(), account)).toBe(25);
    await spend(20);
    expect(await balanceOf(db(), account)).toBe(5);
    const overdraw = await spend(6).catch((err: unknown) => err);
    expect(overdraw).toMatchObject({ status: 409, code: 'POINTS_INSUFFICIENT' });
    await spend(5);
    expect(await balanceOf(db(), account)).toBe(0);
    expect(await balanceOf(db(), SHOP_ACCOUNT)).toBe(25);
  });
});

describe('the balance is always the sum of the ledger', () => {
  it('through a seeded series of earnings, spends and reversals', async () => {
    const random = seededRandom(20_261_123);
    const who = [people.resident, people.courier, people.grid];
    const model = new Map<string, number>();
    for (const userId of who) model.set(userId, await balanceOf(db(), userAccount(userId)));
    const written: { id: number; userId: string; amount: number }[] = [];
    const reversed = new Set<number>();
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    const add = (userId: string, amount: number) => model.set(userId, (model.get(userId) ?? 0) + amount);

    for (let step = 0; step < 120; step++) {
      const userId = pick(who);
      const roll = random();
      if (roll < 0.5) {
        const amount = 1 + Math.floor(random() * 40);
        const id = await earn(userId, amount);
        if (id === null) throw new Error('no transfer written');
        written.push({ id, userId, amount });
        add(userId, amount);
      } else if (roll < 0.8) {
        const amount = 1 + Math.floor(random() * 60);
        const had = model.get(userId) ?? 0;
        const spent = await db()
          .transaction((tx) => spendPoints(tx, { userId, amount, at: new Date() }))
          .then(
            (id) => ({ id }),
            (err: unknown) => ({ err }),
          );
        if (had < amount) {
          expect(spent, `step ${step}`).toMatchObject({ err: { code: 'POINTS_INSUFFICIENT' } });
        } else {
          if (!('id' in spent)) throw new Error(`step ${step}: a spend within the balance was refused`);
          written.push({ id: spent.id, userId, amount: -amount });
          add(userId, -amount);
        }
      } else if (written.length > 0) {
        const target = pick(written);
        const undo = await db().transaction((tx) =>
          reverseTransfer(tx, target.id, 'case_voided', new Date()),
        );
        expect(undo === null, `step ${step}`).toBe(reversed.has(target.id));
        if (undo !== null) {
          reversed.add(target.id);
          add(target.userId, -target.amount);
        }
      }
      for (const u of who) expect(await balanceOf(db(), userAccount(u)), `step ${step}`).toBe(model.get(u));
    }

    for (const u of who) {
      const res = (await db().execute(
        sql`select coalesce(sum(amount), 0)::int as sum from ${pointEntries} where account = ${userAccount(u)}`,
      )) as unknown as { rows: { sum: number }[] };
      expect(await balanceOf(db(), userAccount(u))).toBe(Number(res.rows[0]?.sum));
    }
    // Double entry: every point held somewhere came from somewhere, so all accounts together hold nothing.
    const all = (await db().execute(
      sql`select coalesce(sum(amount), 0)::int as sum from ${pointEntries}`,
    )) as unknown as { rows: { sum: number }[] };
    expect(Number(all.rows[0]?.sum)).toBe(0);
    expect((await unbalanced()).rows).toEqual([]);
  });
});
