/** A category's complaints in an area: in the month, and in each of the three months before it. */
export interface CategoryComplaints {
  categoryCode: string;
  complaints: number;
  previous: readonly [number, number, number];
}

export interface RankedProblem {
  categoryCode: string;
  complaints: number;
  baseline: number;
  growth: number;
  growthRate: number | null;
  score: number;
  share: number;
}

/**
 * Ranks an area's categories for 每月一题 (the rule is the module README's): the score is the month's
 * complaints plus their rise over the usual month, the mean of the three before (its `elapsed` share
 * of it for a month still running). Volume leads, as a big steady problem still matters most; a rise
 * adds to it, so a problem growing fast overtakes a slightly bigger steady one; a fall takes nothing
 * away, as a big problem easing is still big. Equal scores go to more complaints, then more growth,
 * then the category code, so the answer never depends on the order the rows came in. A category
 * without complaints this month is no candidate.
 */
export function rankProblems(rows: readonly CategoryComplaints[], elapsed = 1): RankedProblem[] {
  const total = rows.reduce((n, r) => n + r.complaints, 0);
  return rows
    .filter((r) => r.complaints > 0)
    .map((r) => {
      const baseline = ((r.previous[0] + r.previous[1] + r.previous[2]) / 3) * elapsed;
      const growth = r.complaints - baseline;
      return {
        categoryCode: r.categoryCode,
        complaints: r.complaints,
        baseline,
        growth,
        growthRate: baseline > 0 ? growth / baseline : null,
        score: r.complaints + Math.max(0, growth),
        share: r.complaints / total,
      };
    })
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.complaints - a.complaints ||
        b.growth - a.growth ||
        (a.categoryCode < b.categoryCode ? -1 : a.categoryCode > b.categoryCode ? 1 : 0),
    );
}
