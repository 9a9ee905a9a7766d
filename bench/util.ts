/** Helpers for the benchmarks: they print figures, they never pass or fail on timings. */
import { Bench } from 'tinybench';

export interface Figure {
  name: string;
  median_us: number;
  mean_us: number;
  p99_us: number;
  opsPerSecond: number;
  samples: number;
}

/** Run each task with tinybench (warm-up, then ≥ `time` ms of samples) and return median/p99 figures. */
export async function measure(tasks: Record<string, () => unknown>, time = 500): Promise<Figure[]> {
  const bench = new Bench({ time, warmupTime: 100 });
  for (const [name, fn] of Object.entries(tasks)) bench.add(name, fn);
  await bench.run();
  return bench.tasks.map((t) => {
    const r = t.result as unknown as {
      latency: { p50?: number; mean: number; p99?: number; samples?: number[]; samplesCount?: number };
      throughput: { mean: number };
    };
    return {
      name: t.name,
      median_us: (r.latency.p50 ?? r.latency.mean) * 1e3,
      mean_us: r.latency.mean * 1e3,
      p99_us: (r.latency.p99 ?? r.latency.mean) * 1e3,
      opsPerSecond: r.throughput.mean,
      samples: r.latency.samplesCount ?? r.latency.samples?.length ?? 0,
    };
  });
}

/** The median of `xs` (the mean of the middle two for an even count; NaN for none). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  if (s.length === 0) return Number.NaN;
  return s.length % 2 ? s[m]! : 0.5 * (s[m - 1]! + s[m]!);
}

export function printFigures(title: string, figures: Figure[]): void {
  console.log(`\n## ${title}`);
  console.log('| task | median µs | p99 µs | ops/s | samples |');
  console.log('|---|---:|---:|---:|---:|');
  for (const f of figures) {
    console.log(
      `| ${f.name} | ${f.median_us.toPrecision(3)} | ${f.p99_us.toPrecision(3)} | ${Math.round(f.opsPerSecond).toLocaleString('en-US')} | ${f.samples} |`,
    );
  }
}
