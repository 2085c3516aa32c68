import { type SQL, sql } from 'drizzle-orm';
import {
  compositeScore,
  DEFAULT_BASICALLY_SATISFIED_WEIGHT,
  type HotlineWeights,
  onTimeClosureRate,
} from './formulas/index.js';
import { hotlineCountsOf } from './kpi-report.js';
import type { CounterSums } from './kpi-sums.js';
import type { CounterName } from './stats.tables.js';

/** One part of a ranking score: its value (0–1), its weight, and what it adds to the score (0–100). */
export interface ScorePart {
  name: 'hotline' | 'onTimeClosure' | 'evaluation';
  value: number | null;
  weight: number;
  points: number | null;
}

/**
 * How the four rankings (四类排名) score a unit, so that anyone can see why it ranks where it does:
 * streets, communities and grids on the 12345 composite (响应率·解决率·满意率) and on-time closure;
 * departments on those and on the streets' scores of their whistle responses (双向考核).
 * A part with no data is left out and the others are weighted up, so no data is never a zero.
 */
export const REGION_WEIGHTS = { hotline: 0.6, onTimeClosure: 0.4, evaluation: 0 } as const;
export const DEPARTMENT_WEIGHTS = { hotline: 0.4, onTimeClosure: 0.3, evaluation: 0.3 } as const;

/** The parts of a KPI report a score reads: a whole report (kpi-report.ts) or `scoreInputs`. */
export interface ScoreInputs {
  hotline: { composite: number | null };
  caseLoop: { onTimeClosureRate: number | null };
  evaluation: { meanScore: number | null };
}

/** The counters `scoreInputs` reads: a ranking sums only these for every unit. */
export const SCORE_COUNTERS: readonly CounterName[] = [
  'hotlineValidCallbacks',
  'hotlineContacted',
  'hotlineResolved',
  'hotlineSatisfied',
  'hotlineBasicallySatisfied',
  'due',
  'closedOnTime',
  'evaluations',
  'evaluationScoreSum',
];

/**
 * Only what the score reads, by the same formulas as the report: a ranking scores thousands of grids
 * and builds the whole report only for the page it shows.
 */
export function scoreInputs(s: CounterSums, hotlineWeights: HotlineWeights): ScoreInputs {
  return {
    hotline: { composite: compositeScore(hotlineCountsOf(s), hotlineWeights) },
    caseLoop: { onTimeClosureRate: onTimeClosureRate(s) },
    evaluation: { meanScore: s.evaluations > 0 ? s.evaluationScoreSum / s.evaluations : null },
  };
}

export function rankingScore(
  report: ScoreInputs,
  weights: Record<ScorePart['name'], number>,
): { score: number | null; parts: ScorePart[] } {
  const values: Record<ScorePart['name'], number | null> = {
    hotline: report.hotline.composite,
    onTimeClosure: report.caseLoop.onTimeClosureRate,
    evaluation: report.evaluation.meanScore === null ? null : report.evaluation.meanScore / 100,
  };
  const names = (Object.keys(weights) as ScorePart['name'][]).filter((n) => weights[n] > 0);
  const present = names.filter((n) => values[n] !== null);
  const total = present.reduce((sum, n) => sum + weights[n], 0);
  const parts = names.map((name) => {
    const value = values[name];
    const weight = total > 0 && value !== null ? weights[name] / total : 0;
    return { name, value, weight, points: value === null ? null : value * weight * 100 };
  });
  const score = present.length === 0 ? null : parts.reduce((sum, p) => sum + (p.points ?? 0), 0);
  return { score, parts };
}

/** A double-precision literal: the score below is computed by PostgreSQL in the same IEEE arithmetic. */
const float = (n: number) => sql.raw(`${Number(n)}::float8`);

/** The columns the layers of `scoredSql` add, named apart from any counter. */
const part = (name: ScorePart['name']) => sql.identifier(`part_${name}`);
const partsTotal = sql.identifier('parts_total');

/**
 * `rankingScore(scoreInputs(s, hotlineWeights), weights).score` in SQL: each row of `sums` (a select
 * whose columns include the SCORE_COUNTERS, as doubles) with a `score` column added, so that a ranking
 * of ten thousand grids is scored and ordered where its figures are summed, and only the page's units
 * travel. The same operations in the same order on doubles, so the same numbers to the last bit
 * (ranking-score-sql.test.ts holds it to `rankingScore` over thousands of generated sums); the parts
 * shown for a page are still computed by `rankingScore`, with its guards.
 *
 * Built in layers: each part's value, then the weight of the parts present, then the score, each layer
 * behind `offset 0` so that PostgreSQL does not fold them back into one expression. Folded, each row
 * computed the hotline rate seven times and the whole score twice (once for `score is not null`): two
 * thirds of the grid ranking's statement at 1 M cases.
 */
export function scoredSql(
  sums: SQL,
  hotlineWeights: HotlineWeights,
  weights: Record<ScorePart['name'], number>,
): SQL {
  const s = Object.fromEntries(SCORE_COUNTERS.map((c) => [c, sql`${sql.identifier(c)}`])) as Record<
    (typeof SCORE_COUNTERS)[number],
    SQL
  >;
  const valid = s.hotlineValidCallbacks;
  // compositeScore: each rate over the valid callbacks, weighted, summed left to right, at most 1.
  const hotline = sql`case when ${valid} > 0 then least(1::float8,
    ${float(hotlineWeights.response)} * (${s.hotlineContacted} / ${valid})
    + ${float(hotlineWeights.resolution)} * (${s.hotlineResolved} / ${valid})
    + ${float(hotlineWeights.satisfaction)} * ((${s.hotlineSatisfied} + ${float(DEFAULT_BASICALLY_SATISFIED_WEIGHT)} * ${s.hotlineBasicallySatisfied}) / ${valid})) end`;
  const values: Record<ScorePart['name'], SQL> = {
    hotline,
    onTimeClosure: sql`case when ${s.due} > 0 then ${s.closedOnTime} / ${s.due} end`,
    evaluation: sql`case when ${s.evaluations} > 0 then (${s.evaluationScoreSum} / ${s.evaluations}) / 100::float8 end`,
  };
  const names = (Object.keys(weights) as ScorePart['name'][]).filter((n) => weights[n] > 0);
  if (names.length === 0) return sql`select *, null::float8 as score from (${sums}) as sums`;
  const valued = sql`select *, ${sql.join(
    names.map((n) => sql`${values[n]} as ${part(n)}`),
    sql`, `,
  )} from (${sums}) as sums offset 0`;
  // The weights of the parts present, summed in the parts' order, as rankingScore sums them.
  const total = sql.join(
    [
      sql`0::float8`,
      ...names.map(
        (n) => sql`(case when ${part(n)} is not null then ${float(weights[n])} else 0::float8 end)`,
      ),
    ],
    sql` + `,
  );
  const weighed = sql`select *, (${total}) as ${partsTotal} from (${valued}) as valued offset 0`;
  const points = names.map(
    (n) => sql`coalesce(${part(n)} * (${float(weights[n])} / ${partsTotal}) * 100::float8, 0::float8)`,
  );
  return sql`select *, case when ${partsTotal} > 0 then ${sql.join([sql`0::float8`, ...points], sql` + `)} end as score
    from (${weighed}) as weighed offset 0`;
}
