import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { auditLog } from '../modules/audit/audit.tables.js';
import { RegionsService } from '../modules/regions/regions.service.js';
import { users } from '../modules/users/users.tables.js';
import { seedOnFirstStart } from '../seed/first-start.js';
import { useTestDatabase } from '../test/actors.js';
import { firstStartWithoutDemo } from '../test/test-database.js';
import { lockDataDir } from './data-dir-lock.js';
import { openDatabase } from './open-database.js';

const database = useTestDatabase();

describe('the database', () => {
  it('keeps the audit trail append-only', async () => {
    // The driver wraps the server's refusal; the reason is in the cause.
    const refusal = (work: Promise<unknown>) =>
      work.then(
        () => 'allowed',
        (err: Error) => String((err.cause as Error | undefined)?.message ?? err.message),
      );
    expect(await refusal(database.db.update(auditLog).set({ action: 'tampered' }))).toMatch(/append-only/);
    expect(await refusal(database.db.delete(auditLog))).toMatch(/append-only/);
  });

  it('rolls a failed transaction back whole', async () => {
    const before = await database.db.select({ n: sql<number>`count(*)::int` }).from(users);
    await expect(
      database.db.transaction(async (tx) => {
        await tx
          .insert(users)
          .values({ username: 'half', displayName: 'x', passwordHash: 'x', roles: ['resident'] });
        throw new Error('crash mid-write');
      }),
    ).rejects.toThrow('crash mid-write');
    const after = await database.db.select({ n: sql<number>`count(*)::int` }).from(users);
    expect(after).toEqual(before);
  });

  it('does not seed a database that already has people', async () => {
    expect(
      await seedOnFirstStart(database, await RegionsService.load(database.db), {
        demo: true,
        adminPassword: undefined,
      }),
    ).toEqual([]);
  });
});

describe('a first start on an empty database', () => {
  // Without NEEDLE_DEMO PostgreSQL gets only an admin: seed/first-start.pg.test.ts.
  it('on the embedded database seeds the demo city with its accounts', async () => {
    const fresh = await openDatabase({ kind: 'pglite', dataDir: undefined });
    try {
      const lines = await firstStartWithoutDemo(fresh);
      expect(lines[0]).toMatch(/Seeded the demo city 长春市朝阳区 with \d+ grids/);
      expect(lines.join('\n')).toMatch(/community +community_staff/);
    } finally {
      await fresh.close();
    }
  });
});

describe('the embedded data directory lock', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'needle-lock-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses a second process, naming the one that holds it', () => {
    // The test runner's parent process stands in for a live Needle process holding the lock.
    fs.writeFileSync(path.join(dir, 'needle.lock'), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(new RegExp(`in use by process ${process.ppid}`));
  });

  it('takes over a lock left by a process that died', () => {
    fs.writeFileSync(path.join(dir, 'needle.lock'), '999999999');
    const unlock = lockDataDir(dir);
    expect(fs.readFileSync(path.join(dir, 'needle.lock'), 'utf8')).toBe(String(process.pid));
    unlock();
    expect(fs.existsSync(path.join(dir, 'needle.lock'))).toBe(false);
  });
});
