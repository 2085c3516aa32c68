import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { userIds, useTestDatabase } from '../../test/actors.js';
import { settings } from '../settings/settings.tables.js';
import { balanceOf } from './balance.js';
import { userAccount } from './ledger.js';
import { awardParticipation } from './participation-awards.js';
import { pointTransfers } from './points.tables.js';

const database = useTestDatabase();
const db = () => database.db;
const resident = async () => (await userIds(db(), ['resident'])).resident;
const courier = async () => (await userIds(db(), ['courier'])).courier;

const setRule = (value: unknown) =>
  db()
    .insert(settings)
    .values({ key: 'participationPoints', value })
    .onConflictDoUpdate({ target: settings.key, set: { value } });

describe('awardParticipation', () => {
  it('credits verified volunteer minutes by the default rule, ten points an hour, rounded down', async () => {
    const userId = await resident();
    const before = await balanceOf(db(), userAccount(userId));
    const got = await db().transaction((tx) =>
      awardParticipation(tx, { userId, reason: 'volunteer_hours', source: 'activity:a1', quantity: 95 }),
    );
    expect(got).toBe(15);
    expect(await balanceOf(db(), userAccount(userId))).toBe(before + 15);
    const [row] = await db().select().from(pointTransfers).where(eq(pointTransfers.source, 'activity:a1'));
    expect(row).toMatchObject({ kind: 'volunteer_hours', userId, caseId: null, reverses: null });
  });

  it('credits once per reason, source and user: a repeat returns 0 and writes nothing', async () => {
    const userId = await resident();
    const award = { userId, reason: 'deliberation' as const, source: 'deliberation:d1', quantity: 1 };
    expect(await awardParticipation(db(), award)).toBe(5);
    const balance = await balanceOf(db(), userAccount(userId));
    expect(await awardParticipation(db(), award)).toBe(0);
    expect(await awardParticipation(db(), { ...award, quantity: 3 })).toBe(0);
    expect(await balanceOf(db(), userAccount(userId))).toBe(balance);
    // Another user, another source or another reason is another award.
    expect(await awardParticipation(db(), { ...award, userId: await courier() })).toBe(5);
    expect(await awardParticipation(db(), { ...award, source: 'deliberation:d2' })).toBe(5);
    expect(await awardParticipation(db(), { ...award, reason: 'wish_fulfilled' })).toBe(20);
    const rows = await db()
      .select({ id: pointTransfers.id })
      .from(pointTransfers)
      .where(and(eq(pointTransfers.source, 'deliberation:d1'), eq(pointTransfers.userId, userId)));
    expect(rows).toHaveLength(2);
  });

  it('follows the city rule, and writes nothing when the rule gives nothing', async () => {
    const userId = await resident();
    await setRule({ volunteerHour: 12, deliberation: 0, wishFulfilled: 30 });
    try {
      expect(
        await awardParticipation(db(), {
          userId,
          reason: 'volunteer_hours',
          source: 'activity:a2',
          quantity: 30,
        }),
      ).toBe(6);
      expect(
        await awardParticipation(db(), { userId, reason: 'wish_fulfilled', source: 'wish:w1', quantity: 1 }),
      ).toBe(30);
      expect(
        await awardParticipation(db(), {
          userId,
          reason: 'deliberation',
          source: 'deliberation:d9',
          quantity: 1,
        }),
      ).toBe(0);
      const none = await db()
        .select()
        .from(pointTransfers)
        .where(eq(pointTransfers.source, 'deliberation:d9'));
      expect(none).toEqual([]);
    } finally {
      await db().delete(settings).where(eq(settings.key, 'participationPoints'));
    }
  });

  it('leaves no points behind when the step that earned them rolls back', async () => {
    const userId = await resident();
    const before = await balanceOf(db(), userAccount(userId));
    await expect(
      db().transaction(async (tx) => {
        await awardParticipation(tx, { userId, reason: 'wish_fulfilled', source: 'wish:w2', quantity: 1 });
        throw new Error('the confirmation failed');
      }),
    ).rejects.toThrow('the confirmation failed');
    expect(await balanceOf(db(), userAccount(userId))).toBe(before);
    // The award was not used up by the rolled-back attempt.
    expect(
      await awardParticipation(db(), { userId, reason: 'wish_fulfilled', source: 'wish:w2', quantity: 1 }),
    ).toBe(20);
  });
});
