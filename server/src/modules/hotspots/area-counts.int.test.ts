import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { seedDemoHistory } from '../../seed/demo-history/seed-demo-history.js';
import { openTestDatabase } from '../../test/test-database.js';
import { cases } from '../cases/cases.tables.js';
import { DiskPhotoStore } from '../photos/photo-store.js';
import { RegionsService } from '../regions/regions.service.js';
import { applyKpiBatch } from '../stats/rollup/apply-outbox.js';
import { gatherAreaCounts } from './area-counts.js';
import { areaOf } from './hotspot-area.js';

const DAY_MS = 86_400_000;

it("the database's counts per area and category are the cases' own, recounted case by case", async () => {
  const database = await openTestDatabase();
  const photosDir = fs.mkdtempSync(path.join(os.tmpdir(), 'needle-hotspot-photos-'));
  try {
    // Five weeks of the demo city's history, through the services.
    const now = new Date('2026-11-20T02:00:00Z');
    const regions = await RegionsService.load(database.db);
    await seedDemoHistory(
      { db: database.db, regions, photos: new DiskPhotoStore(photosDir) },
      { seed: 3, now, days: 35, cases: 150 },
    );
    // The rollups the rhythm is read from, brought up to date as the worker would.
    while ((await applyKpiBatch(database.db, { wait: true })) !== 0);
    const all = await database.db.select().from(cases);
    expect(all.length).toBeGreaterThan(100);
    const latest = Math.max(...all.map((c) => c.createdAt.getTime()));
    const window = { end: new Date(latest + 1), windowDays: 7, baselineDays: 28 };
    const gathered = await gatherAreaCounts(database.db, window);

    const windowStart = latest + 1 - 7 * DAY_MS;
    const baselineStart = windowStart - 28 * DAY_MS;
    const expected = new Map<string, { window: number; baseline: number }>();
    const weekdays = new Map<string, number[]>();
    // The rhythm: every report (proactive ones too, as the rollups count them) on the baseline's China
    // days, by the weekday of its China day.
    const chinaDay = (at: number) => new Date(at + 8 * 3_600_000).toISOString().slice(0, 10);
    for (const c of all) {
      const at = c.createdAt.getTime();
      const day = chinaDay(at);
      if (day >= chinaDay(baselineStart) && day < chinaDay(windowStart)) {
        const days = weekdays.get(c.categoryCode) ?? [0, 0, 0, 0, 0, 0, 0];
        const dow = new Date(`${day}T00:00:00Z`).getUTCDay();
        days[dow] = (days[dow] ?? 0) + 1;
        weekdays.set(c.categoryCode, days);
      }
      if (c.channel === 'proactive' || !c.categoryCode || at < baselineStart || at > latest) continue;
      const k = `${areaOf(c.h3Cell)}|${c.categoryCode}`;
      const n = expected.get(k) ?? { window: 0, baseline: 0 };
      if (at >= windowStart) n.window += 1;
      else n.baseline += 1;
      expected.set(k, n);
    }
    const got = new Map(
      gathered.counts.map((c) => [`${c.area}|${c.category}`, { window: c.window, baseline: c.baseline }]),
    );
    expect(got).toEqual(expected);
    expect(gathered.weekdays).toEqual(weekdays);
    expect([...got.values()].some((n) => n.window > 0)).toBe(true);
    expect([...weekdays.values()].some((d) => d.some((n) => n > 0))).toBe(true);
  } finally {
    fs.rmSync(photosDir, { recursive: true, force: true });
    await database.close();
  }
}, 120_000);
