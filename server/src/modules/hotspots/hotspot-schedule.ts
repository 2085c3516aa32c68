import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { repeatEvery } from '../../lib/jobs/repeat-every.js';
import type { DetectorMemory } from './detector-memory.js';
import { findRecurrences } from './find-recurrences.js';
import { findRepeatCallers } from './find-repeat-callers.js';
import { hotspotRuns } from './hotspots.tables.js';
import { type RunState, runHotspots } from './run-hotspots.js';

/** How often the detector looks at the new cases, and how often it counts the whole window again. */
export const INCREMENTAL_EVERY_MS = 60_000;
export const FULL_EVERY_MS = 3_600_000;
export const PATTERNS_EVERY_MS = 24 * 3_600_000;

const memories = new WeakMap<Db, { current?: DetectorMemory }>();

/** This process's memory of the detector's last full run over a database (run-hotspots.ts). */
export function detectorMemory(db: Db): { current?: DetectorMemory } {
  let memory = memories.get(db);
  if (!memory) {
    memory = {};
    memories.set(db, memory);
  }
  return memory;
}

/**
 * One round: in full when the last full run (by any process) is an hour old or this process has no
 * memory of it, otherwise over the new cases; once a day the full run also looks for recurrences and
 * repeated callers. 'busy' when another process holds the detector's lock.
 */
export async function detectNow(db: Db, now: Date, mode?: 'full' | 'incremental') {
  const [last] = await db
    .select({ fullAt: hotspotRuns.fullAt, state: hotspotRuns.state })
    .from(hotspotRuns)
    .where(eq(hotspotRuns.name, 'clusters'));
  const due = !last || now.getTime() - last.fullAt.getTime() >= FULL_EVERY_MS;
  const patternsAt = (last?.state as RunState | undefined)?.patternsAt;
  // Recurrences and callers are patterns of weeks: looked for once a day, in a full run.
  const patternsDue = !patternsAt || now.getTime() - Date.parse(patternsAt) >= PATTERNS_EVERY_MS;
  const chosen = mode ?? (due || patternsDue ? 'full' : 'incremental');
  return runHotspots(db, {
    now,
    mode: chosen,
    memory: detectorMemory(db),
    finders:
      chosen === 'full' && patternsDue
        ? { recurrences: findRecurrences, repeatCallers: findRepeatCallers }
        : undefined,
  });
}

/**
 * Runs the detector in the background of every server process: at once on start, then every minute.
 * The lock is only tried, so with several processes one runs each round and the others skip it.
 */
export function startHotspotSchedule(db: Db, intervalMs = INCREMENTAL_EVERY_MS): { stop(): Promise<void> } {
  const first = detectNow(db, new Date()).catch((err: unknown) => {
    console.error('The hotspot detector failed:', err);
  });
  const repeat = repeatEvery('The hotspot detector', intervalMs, async () => {
    await first;
    await detectNow(db, new Date());
  });
  return {
    stop: async () => {
      await first;
      await repeat.stop();
    },
  };
}
