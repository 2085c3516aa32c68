import { eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { regionPrefix } from '../../lib/codes/region-code.js';
import { badRequest, notFound } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { type Jurisdiction, jurisdictionPrefix, regionVisible } from '../auth/jurisdiction.js';
import { departments } from '../departments/departments.tables.js';
import type { RegionsService } from '../regions/regions.service.js';
import { loadSettings } from '../settings/settings.service.js';
import { rankedSlice } from './formulas/index.js';
import { kpiAsOf } from './kpi-outbox.js';
import { kpiReport } from './kpi-report.js';
import {
  type CounterSums,
  type KpiFilter,
  scoresBy,
  sumCounters,
  sumCountersBy,
  zeroSums,
} from './kpi-sums.js';
import {
  DEPARTMENT_WEIGHTS,
  REGION_WEIGHTS,
  rankingScore,
  SCORE_COUNTERS,
  type ScorePart,
  scoredSql,
  scoreInputs,
} from './ranking-score.js';
import { prefixLength, type RankingUnit, unitsAtLevel } from './ranking-units.js';
import type { CounterName } from './stats.tables.js';

export interface Period {
  from: string;
  to: string;
}

/** A month 'YYYY-MM', or an explicit range, as the first and last China day. */
export function periodOf(q: { month?: string; from?: string; to?: string }): Period {
  if (q.month) {
    const [y, m] = q.month.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { from: `${q.month}-01`, to: `${q.month}-${String(last).padStart(2, '0')}` };
  }
  if (q.from && q.to) {
    if (q.to < q.from) throw badRequest('BAD_PERIOD', 'The period ends before it starts');
    return { from: q.from, to: q.to };
  }
  throw badRequest('PERIOD_REQUIRED', 'Give a month, or both from and to');
}

const departmentNotFound = (id: string) =>
  notFound('DEPARTMENT_NOT_FOUND', `Department ${id} does not exist or is outside your jurisdiction`);

/**
 * The KPIs of a region (city, district, street, community or grid) or of a department, for a period.
 * The rollups lag the events by a moment (the rollup worker applies them); `asOf` says up to when the
 * figures are complete.
 */
export async function kpisFor(
  db: Db,
  viewer: AuthUser,
  q: { regionCode?: string; departmentId?: string } & Period,
) {
  const asOf = await kpiAsOf(db);
  const filter = await kpiScope(db, viewer, q);
  const { hotlineRateWeights } = await loadSettings(db);
  return {
    period: { from: q.from, to: q.to },
    asOf,
    ...kpiReport(await sumCounters(db, filter), hotlineRateWeights),
  };
}

/**
 * The rollup rows a viewer's figures come from: a department's own, or a region's (the viewer's
 * jurisdiction unless a region in it is asked for). Outside the jurisdiction is not found.
 */
export async function kpiScope(
  db: Db,
  viewer: AuthUser,
  q: { regionCode?: string; departmentId?: string } & Period,
): Promise<KpiFilter> {
  const j = viewer.jurisdiction;
  const filter: KpiFilter = { from: q.from, to: q.to };
  if (q.departmentId) {
    const [d] = await db.select().from(departments).where(eq(departments.id, q.departmentId));
    if (!d || !departmentVisible(j, d)) throw departmentNotFound(q.departmentId);
    filter.unitKey = `d:${d.id}`;
  } else if (j.kind === 'department') {
    filter.unitKey = `d:${j.departmentId}`;
  } else {
    const code = q.regionCode ?? (j.kind === 'region' ? j.regionCode : undefined);
    if (code && !regionVisible(j, code)) {
      throw notFound('REGION_NOT_FOUND', `Region ${code} does not exist or is outside your jurisdiction`);
    }
    filter.regionPrefix = code ? regionPrefix(code) : undefined;
  }
  return filter;
}

export interface RankingOptions {
  /** Only the units within this region: a drill-down from a district to its streets, and so on. */
  regionCode?: string;
  /** Units whose name contains this text. */
  q?: string;
  /** One page of the ranked units; all of them when absent. */
  page?: number;
  pageSize?: number;
}

/**
 * The monthly rankings (四类排名) of streets, communities, grids or departments in the viewer's
 * jurisdiction (or in a region of it), each with the figures and the weighted parts of its score,
 * complete up to `asOf`. Ranks are over every unit in the region: a page or a name search shows
 * each unit at its true rank.
 */
export async function rankings(
  db: Db,
  regions: RegionsService,
  viewer: AuthUser,
  kind: 'street' | 'community' | 'grid' | 'department',
  period: Period,
  options: RankingOptions = {},
) {
  const asOf = await kpiAsOf(db);
  const { hotlineRateWeights: weights } = await loadSettings(db);
  const j = viewer.jurisdiction;
  if (options.regionCode && !regionVisible(j, options.regionCode)) {
    throw notFound(
      'REGION_NOT_FOUND',
      `Region ${options.regionCode} does not exist or is outside your jurisdiction`,
    );
  }
  const within = options.regionCode ? regionPrefix(options.regionCode) : jurisdictionPrefix(j);
  // Every unit is scored on the counters the score reads; the page's units get their whole figures.
  let units: readonly RankingUnit[];
  let unitOf: ReadonlyMap<string, RankingUnit>;
  let sumsOf: (only: {
    counters?: readonly CounterName[];
    keys?: string[];
  }) => Promise<Map<string, CounterSums>>;
  let scoresOf: (scored: (sums: SQL) => SQL) => Promise<{ unit: string; score: number }[]>;
  let unitWeights: Record<ScorePart['name'], number>;
  if (kind === 'department') {
    const all = await db.select().from(departments);
    const region: Jurisdiction | undefined = options.regionCode
      ? { kind: 'region', regionCode: options.regionCode }
      : undefined;
    units = all
      .filter((d) => departmentVisible(j, d) && (!region || departmentVisible(region, d)))
      .map((d) => ({ unit: d.id, name: d.name, key: `d:${d.id}` }))
      .sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
    sumsOf = (only) => sumCountersBy(db, period, { units: 'departments' }, only);
    scoresOf = (scored) => scoresBy(db, period, { units: 'departments' }, SCORE_COUNTERS, scored);
    unitWeights = DEPARTMENT_WEIGHTS;
    unitOf = new Map(units.map((u) => [u.key, u]));
  } else {
    const length = prefixLength(kind);
    // A node's prefix at its own level is its first `length` digits (regionPrefix, without parsing).
    const atLevel = unitsAtLevel(regions.directory, kind);
    units = within ? atLevel.list.filter((u) => u.unit.startsWith(within)) : atLevel.list;
    // The statement sums only the units within, so the whole level's index serves to look them up.
    unitOf = atLevel.byKey;
    const filter = { ...period, regionPrefix: within || undefined };
    sumsOf = (only) => sumCountersBy(db, filter, { regionPrefixLength: length }, only);
    scoresOf = (scored) => scoresBy(db, filter, { regionPrefixLength: length }, SCORE_COUNTERS, scored);
    unitWeights = REGION_WEIGHTS;
  }
  // Scored and ordered in the database: only a code and a score travel per unit, and the units are
  // looked up for the page alone. Units without a score (no figures yet) follow in code order,
  // unranked, as rankUnits places them.
  const scores = await scoresOf((sums) => scoredSql(sums, weights, unitWeights));
  const scored = scores.filter((s) => unitOf.has(s.unit));
  // In code order already: the directory lists a level's nodes so, and the departments are sorted above.
  const unscored = () => {
    const scoredKeys = new Set(scored.map((s) => s.unit));
    return units.filter((u) => !scoredKeys.has(u.key)).map((u) => u.key);
  };
  const q = options.q;
  const found = q
    ? rankedSlice(scored, unscored, 0, units.length).filter((r) => unitOf.get(r.key)?.name.includes(q))
    : undefined;
  const total = found ? found.length : units.length;
  const pageSize = options.page ? (options.pageSize ?? 20) : Math.max(total, 1);
  const page = options.page ?? 1;
  const from = (page - 1) * pageSize;
  const slice = found
    ? found.slice(from, from + pageSize)
    : rankedSlice(scored, unscored, from, from + pageSize);
  const shown = slice.map((r) => {
    const { unit, name } = unitOf.get(r.key) as (typeof units)[number];
    return { unit, name, key: r.key, score: r.score, rank: r.rank };
  });
  const figures = await sumsOf({ keys: shown.map((u) => u.key) });
  return {
    kind,
    period,
    asOf,
    total,
    page,
    pageSize,
    // The whole report, and the score's parts, only for the units shown: a city ranks ten thousand
    // grids, a page shows twenty. The score is the same one, from the same figures.
    items: shown.map(({ key, ...unit }) => {
      const sums = figures.get(key) ?? zeroSums();
      return {
        ...unit,
        parts: rankingScore(scoreInputs(sums, weights), unitWeights).parts,
        report: kpiReport(sums, weights),
      };
    }),
  };
}

/** A department is in view when it serves the viewer's area, or its area lies within the viewer's. */
function departmentVisible(j: Jurisdiction, d: { id: string; regionCode: string }): boolean {
  if (j.kind === 'department') return d.id === j.departmentId;
  const within = jurisdictionPrefix(j);
  return d.regionCode.startsWith(within) || within.startsWith(regionPrefix(d.regionCode));
}
