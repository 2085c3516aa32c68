import { PGlite } from '@electric-sql/pglite';
import { type SQL, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../lib/seeded-random.js';
import type { CounterSums } from './kpi-sums.js';
import { zeroSums } from './kpi-sums.js';
import {
  DEPARTMENT_WEIGHTS,
  REGION_WEIGHTS,
  rankingScore,
  SCORE_COUNTERS,
  scoredSql,
  scoreInputs,
} from './ranking-score.js';

const client = new PGlite();
const db = drizzle({ client });
afterAll(() => client.close());

/** Sums a ranking might meet: none at all now and then, each part missing now and then, none inconsistent. */
function generatedSums(n: number): CounterSums[] {
  const random = seededRandom(20261205);
  const upTo = (k: number) => Math.floor(random() * (k + 1));
  return Array.from({ length: n }, (_, i) => {
    const sums = zeroSums();
    if (i % 5 === 0) return sums;
    sums.due = i % 7 === 0 ? 0 : upTo(900);
    sums.closedOnTime = upTo(sums.due);
    sums.hotlineValidCallbacks = i % 3 === 0 ? 0 : upTo(400);
    sums.hotlineContacted = upTo(sums.hotlineValidCallbacks);
    sums.hotlineResolved = upTo(sums.hotlineValidCallbacks);
    sums.hotlineSatisfied = upTo(sums.hotlineValidCallbacks);
    sums.hotlineBasicallySatisfied = upTo(sums.hotlineValidCallbacks - sums.hotlineSatisfied);
    sums.evaluations = i % 2 === 0 ? 0 : upTo(30);
    // Scores are 0–100 each; their sum is a double (a street's mean of several criteria).
    sums.evaluationScoreSum = sums.evaluations * random() * 100;
    return sums;
  });
}

/** scoredSql evaluated by PostgreSQL over the sums, one row each, in order. */
async function scoresInSql(all: CounterSums[], scored: (sums: SQL) => SQL): Promise<(number | null)[]> {
  const rows = sql.join(
    all.map(
      (s, i) =>
        sql`(${i}::int, ${sql.join(
          SCORE_COUNTERS.map((c) => sql`${s[c]}::float8`),
          sql`, `,
        )})`,
    ),
    sql`, `,
  );
  const names = sql.join([sql.identifier('i'), ...SCORE_COUNTERS.map((c) => sql.identifier(c))], sql`, `);
  const { rows: out } = await db.execute<{ score: number | null }>(
    sql`select score from (${scored(sql`select * from (values ${rows}) as sums(${names})`)}) as scored order by i`,
  );
  return out.map((r) => (r.score === null ? null : Number(r.score)));
}

describe('scoredSql: a ranking scored in the database', () => {
  const all = generatedSums(3_000);

  for (const [name, hotline] of [
    ['10 / 50 / 40', { response: 0.1, resolution: 0.5, satisfaction: 0.4 }],
    ['30 / 35 / 35', { response: 0.3, resolution: 0.35, satisfaction: 0.35 }],
  ] as const) {
    it(`gives every unit rankingScore's score to the last bit, hotline weights ${name}`, async () => {
      for (const weights of [REGION_WEIGHTS, DEPARTMENT_WEIGHTS]) {
        const inSql = await scoresInSql(all, (sums) => scoredSql(sums, hotline, weights));
        const inJs = all.map((s) => rankingScore(scoreInputs(s, hotline), weights).score);
        expect(inSql.filter((x) => x === null).length).toBeGreaterThan(100);
        for (let i = 0; i < all.length; i++) expect(inSql[i], `unit ${i}`).toBe(inJs[i]);
      }
      // The first test starts the embedded engine: seconds on a busy machine, past the unit default.
    }, 60_000);
  }
});
