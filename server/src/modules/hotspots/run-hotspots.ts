import type { HotspotRun } from '@needle/contract';
import { and, eq, gt, isNotNull, lte, ne, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../db/database.js';
import { chinaDayOf } from '../../lib/calendar/china-time.js';
import { cases } from '../cases/cases.tables.js';
import { gatherAreaCounts } from './area-counts.js';
import {
  type Cluster,
  DEFAULT_ALPHA,
  indexCounts,
  pickClusters,
  ringCache,
  scoreAreas,
  thresholdFor,
} from './detect-clusters.js';
import { centersToScore, type DetectorMemory, foldNewCases, LATE_MS } from './detector-memory.js';
import { clusterEvidence, fileProposals } from './file-proposals.js';
import { hotspotRuns } from './hotspots.tables.js';
import type { ProposalDraft } from './proposal-draft.js';

/** One detector at a time across every server process; the others skip their round. */
export const HOTSPOT_LOCK = 4_242_016;
export const WINDOW_DAYS = 7;
export const BASELINE_DAYS = 28;
const DAY_MS = 86_400_000;
const RUN_NAME = 'clusters';

/** What a run leaves for the next: its Bonferroni count, and when recurrences and callers were last looked for. */
export interface RunState {
  tests: number;
  patternsAt?: string;
}

/** Other finders (recurrences, repeated callers) the full run asks as well. */
export type Finder = (db: Executor, w: { end: Date }) => Promise<ProposalDraft[]>;

export interface RunOptions {
  now: Date;
  mode: 'full' | 'incremental';
  /** This process's memory of its last full run; an incremental run without one runs in full. */
  memory: { current?: DetectorMemory };
  finders?: { recurrences?: Finder; repeatCallers?: Finder };
}

/** The weekday (0 = Sunday, China time) of each day of a window ending at `end`. */
export function windowWeekdays(end: Date, days: number): number[] {
  return Array.from({ length: days }, (_, i) => {
    const day = chinaDayOf(end.getTime() - (i + 1) * DAY_MS + 1);
    return new Date(`${day}T00:00:00Z`).getUTCDay();
  });
}

const draftOf = async (tx: Executor, c: Cluster, ringOf: (a: string) => string[], from: Date, to: Date) =>
  ({
    kind: 'cluster',
    area: c.area,
    radius: c.radius,
    categoryCode: c.category,
    subject: '',
    observed: c.observed,
    expected: c.expected,
    surprise: c.surprise,
    threshold: c.threshold,
    windowStart: from,
    windowEnd: to,
    caseIds: await clusterEvidence(tx, {
      areas: c.radius === 0 ? [c.area] : ringOf(c.area),
      category: c.category,
      from,
      to,
    }),
  }) satisfies ProposalDraft;

async function tryLock(tx: Executor): Promise<boolean> {
  const [row] = await tx
    .select({ locked: sql<boolean>`pg_try_advisory_xact_lock(${HOTSPOT_LOCK})` })
    .from(sql`(select 1) as one`);
  return row?.locked === true;
}

/**
 * One run of the detector, under its lock. In full: the window's and baseline's counts of every area and
 * category are gathered, scored and remembered, and the other finders asked. Incremental: the cases
 * since the last run are added to the remembered counts and only the places they touched are scored
 * again, against the last full run's city figures and threshold. Either way the findings are filed as
 * proposals in the same transaction. Answers 'busy' when another process is running it.
 */
export async function runHotspots(db: Db, opts: RunOptions): Promise<HotspotRun | 'busy'> {
  const started = performance.now();
  return db.transaction(async (tx) => {
    if (!(await tryLock(tx))) return 'busy';
    const [last] = await tx.select().from(hotspotRuns).where(eq(hotspotRuns.name, RUN_NAME));
    const memory = opts.memory.current;
    const incremental =
      opts.mode === 'incremental' &&
      memory !== undefined &&
      last?.fullAt.getTime() === memory.fullAt.getTime();
    const ringOf = ringCache();
    let drafts: ProposalDraft[];
    let newCases = 0;
    let clusterCount = 0;
    let recurrences = 0;
    let repeatCallers = 0;
    let watermark: Date;
    if (incremental && memory) {
      const fresh = await tx
        .select({ id: cases.id, cell: cases.h3Cell, category: cases.categoryCode, at: cases.createdAt })
        .from(cases)
        .where(
          and(
            gt(cases.createdAt, new Date(memory.watermark.getTime() - LATE_MS)),
            lte(cases.createdAt, opts.now),
            ne(cases.channel, 'proactive'),
            isNotNull(cases.categoryCode),
          ),
        );
      const { touched, added } = foldNewCases(memory, fresh);
      newCases = added;
      const input = {
        weekdays: memory.weekdays,
        baselineDays: memory.baselineDays,
        windowWeekdays: memory.windowWeekdays,
      };
      const centers = centersToScore(touched, ringOf);
      const { candidates } = scoreAreas(input, memory.index, ringOf, centers);
      const clusters = pickClusters(candidates, thresholdFor(memory.tests, DEFAULT_ALPHA), ringOf);
      clusterCount = clusters.length;
      drafts = [];
      for (const c of clusters) drafts.push(await draftOf(tx, c, ringOf, memory.windowStart, opts.now));
      watermark = memory.watermark;
    } else {
      const windowStart = new Date(opts.now.getTime() - WINDOW_DAYS * DAY_MS);
      const gathered = await gatherAreaCounts(tx, {
        end: opts.now,
        windowDays: WINDOW_DAYS,
        baselineDays: BASELINE_DAYS,
      });
      const weekdaysOfWindow = windowWeekdays(opts.now, WINDOW_DAYS);
      const index = indexCounts(gathered.counts);
      const scored = scoreAreas(
        { weekdays: gathered.weekdays, baselineDays: BASELINE_DAYS, windowWeekdays: weekdaysOfWindow },
        index,
        ringOf,
      );
      const tests = scored.tests;
      const clusters = pickClusters(scored.candidates, thresholdFor(tests, DEFAULT_ALPHA), ringOf);
      clusterCount = clusters.length;
      drafts = [];
      for (const c of clusters) drafts.push(await draftOf(tx, c, ringOf, windowStart, opts.now));
      const recurring = (await opts.finders?.recurrences?.(tx, { end: opts.now })) ?? [];
      const calling = (await opts.finders?.repeatCallers?.(tx, { end: opts.now })) ?? [];
      recurrences = recurring.length;
      repeatCallers = calling.length;
      drafts.push(...recurring, ...calling);
      // The cases of the last moments, so the next incremental run knows them when it looks back.
      const recent = await tx
        .select({ id: cases.id, at: cases.createdAt })
        .from(cases)
        .where(
          and(gt(cases.createdAt, new Date(opts.now.getTime() - LATE_MS)), lte(cases.createdAt, opts.now)),
        );
      watermark = opts.now;
      newCases = gathered.counts.reduce((n, c) => n + c.window + c.baseline, 0);
      opts.memory.current = {
        fullAt: opts.now,
        windowStart,
        watermark,
        index,
        weekdays: gathered.weekdays,
        windowWeekdays: weekdaysOfWindow,
        baselineDays: BASELINE_DAYS,
        tests,
        seen: new Map(recent.map((r) => [r.id, r.at.getTime()])),
      };
    }
    const filed = await fileProposals(tx, drafts, opts.now);
    const fullAt = incremental && last ? last.fullAt : opts.now;
    const ranPatterns = !incremental && opts.finders !== undefined;
    const before = (last?.state ?? {}) as RunState;
    const state: RunState = {
      tests: opts.memory.current?.tests ?? 0,
      patternsAt: ranPatterns ? opts.now.toISOString() : before.patternsAt,
    };
    const row = { ranAt: opts.now, fullAt, watermark, state };
    await tx
      .insert(hotspotRuns)
      .values({ name: RUN_NAME, ...row })
      .onConflictDoUpdate({ target: hotspotRuns.name, set: row });
    return {
      mode: incremental ? 'incremental' : 'full',
      newCases,
      clusters: clusterCount,
      recurrences,
      repeatCallers,
      opened: filed.opened,
      updated: filed.updated,
      ms: Math.round((performance.now() - started) * 10) / 10,
    } satisfies HotspotRun;
  });
}
