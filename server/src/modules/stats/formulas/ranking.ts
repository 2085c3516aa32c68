/** A row ranked by score; rank is null when the unit has no score (no data). */
export type Ranked<T> = T & { rank: number | null };

// Unit codes are digit strings (region codes, department ids); code-point order is locale-independent.
const byUnit = (a: { unit: string }, b: { unit: string }): number =>
  a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0;

/**
 * Ranks units by score, highest first, with standard competition ranking (1, 2, 2, 4). Units without
 * a score come last with rank null: "no data" is neither the best nor the worst. Equal scores are
 * ordered by unit code so that the published table does not shuffle between runs.
 * Scores are compared exactly: to rank at published precision, round them (asPercent) first.
 */
export function rankUnits<T extends { unit: string; score: number | null }>(rows: readonly T[]): Ranked<T>[] {
  const seen = new Set<string>();
  for (const row of rows) {
    if (row.score !== null && !Number.isFinite(row.score)) {
      throw new Error(`rankUnits: unit ${row.unit} has a score that is not a finite number: ${row.score}`);
    }
    if (seen.has(row.unit)) throw new Error(`rankUnits: unit ${row.unit} appears twice`);
    seen.add(row.unit);
  }
  const sorted = [...rows].sort((a, b) => {
    if (a.score === null || b.score === null) {
      if (a.score !== b.score) return a.score === null ? 1 : -1;
      return byUnit(a, b);
    }
    return b.score - a.score || byUnit(a, b);
  });
  return competitionRanks(sorted);
}

/**
 * Standard competition ranks (1, 2, 2, 4) of rows already in ranking order (by score, highest first,
 * then unit code; no score last): what `rankUnits` gives once it has sorted, for rows a database sorted.
 */
export function competitionRanks<T extends { score: number | null }>(sorted: readonly T[]): Ranked<T>[] {
  let previous: number | null = null;
  let rank = 0;
  return sorted.map((row, index) => {
    if (row.score === null) return { ...row, rank: null };
    if (row.score !== previous) rank = index + 1;
    previous = row.score;
    return { ...row, rank };
  });
}

/**
 * One slice of a ranking, ranked as `competitionRanks` ranks the whole: the scored rows (in ranking
 * order) first, then the unscored ones unranked. Only the slice is made: a city's grid ranking holds ten
 * thousand rows, a page shows twenty, and making every row's object on each request cost more than the
 * statement that scored them.
 */
export function rankedSlice<K>(
  scored: readonly { unit: K; score: number }[],
  unscored: () => readonly K[],
  from: number,
  to: number,
): { key: K; score: number | null; rank: number | null }[] {
  const out: { key: K; score: number | null; rank: number | null }[] = [];
  const end = Math.min(to, scored.length);
  for (let i = Math.max(0, from); i < end; i++) {
    const row = scored[i] as { unit: K; score: number };
    // Equal scores sit together: the rank is one past the first row of its run.
    let first = i;
    while (first > 0 && (scored[first - 1] as { score: number }).score === row.score) first--;
    out.push({ key: row.unit, score: row.score, rank: first + 1 });
  }
  if (to > scored.length) {
    const rest = unscored();
    for (let i = Math.max(from, scored.length); i < to && i - scored.length < rest.length; i++)
      out.push({ key: rest[i - scored.length] as K, score: null, rank: null });
  }
  return out;
}
