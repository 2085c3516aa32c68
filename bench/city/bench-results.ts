/** One figure of `npm run bench`, beside its baseline from the same run (bench/results/latest.json). */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  baseline: string;
  baseline_value: number;
  /** baseline_value / value: how many times faster (or smaller) Needle's way is. */
  ratio: number;
  target: number;
  ok: boolean;
}

export interface TimedQuery {
  name: string;
  /** Milliseconds the figure must stay under. */
  target: number;
  /** The percentile reported (default the median). */
  percentile?: number;
  run: () => Promise<unknown>;
  baseline: string;
  runBaseline?: () => Promise<unknown>;
  /** Baseline timings taken beforehand, when the baseline needs the database set up differently. */
  baselineSamples?: number[];
  baselineRuns?: number;
}

const at = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};
const round = (x: number) => Math.round(x * 100) / 100;

export async function samples(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  await work(); // warm: both sides are measured with a hot cache
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await work();
    out.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return out;
}

/** Times a query and its baseline, adds the figure to `results` and prints it as it goes. */
export async function timeRuns(results: BenchResult[], runs: number, q: TimedQuery): Promise<void> {
  const p = q.percentile ?? 50;
  const value = at(await samples(runs, q.run), p);
  const base =
    q.baselineSamples ??
    (q.runBaseline ? await samples(q.baselineRuns ?? Math.max(3, Math.floor(runs / 5)), q.runBaseline) : []);
  const baselineValue = at(base, p);
  const result: BenchResult = {
    name: `${q.name} (p${p})`,
    value: round(value),
    unit: 'ms',
    baseline: q.baseline,
    baseline_value: round(baselineValue),
    ratio: round(baselineValue / value),
    target: q.target,
    ok: value < q.target,
  };
  results.push(result);
  console.log(
    `  ${result.name}: ${result.value} ms (baseline ${result.baseline_value} ms, ${result.ratio}×)`,
  );
}

export function printResults(results: BenchResult[], about: Record<string, unknown>): void {
  console.log('');
  console.log(JSON.stringify(about));
  const width = Math.max(...results.map((r) => r.name.length));
  console.log(
    `${'query'.padEnd(width)}  ${'value'.padStart(9)}  ${'baseline'.padStart(10)}  ${'ratio'.padStart(8)}  target`,
  );
  for (const r of results) {
    console.log(
      `${r.name.padEnd(width)}  ${`${r.value} ${r.unit}`.padStart(9)}  ${`${r.baseline_value} ${r.unit}`.padStart(10)}  ${`${r.ratio}×`.padStart(8)}  ${r.unit === 'ratio' ? '≥' : '<'} ${r.target} ${r.unit} ${r.ok ? 'ok' : 'MISSED'}`,
    );
  }
}
