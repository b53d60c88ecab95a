// Timing helpers: warm up, then time each iteration with process.hrtime.bigint() and summarise
// the distribution. Untimed work (choosing the next card, checking a result) stays outside.

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
  /** CPU time (user + system) of this process per iteration: less sensitive to a busy machine. */
  cpuP50: number;
  cpuP95: number;
}

export interface MeasureOptions<T, R> {
  warmup: number;
  iterations: number;
  /** Untimed: builds what iteration `i` needs. */
  prepare?: (i: number) => Promise<T> | T;
  /** Timed. */
  run: (input: T, i: number) => Promise<R>;
  /** Untimed: checks the result (throw to abort the benchmark on a wrong answer). */
  verify?: (result: R, input: T, i: number) => void;
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

export function summarize(samplesMs: readonly number[], cpuMs: readonly number[] = []): Summary {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const cpu = [...cpuMs].sort((a, b) => a - b);
  const sum = sorted.reduce((s, x) => s + x, 0);
  return {
    n: sorted.length,
    p50: round2(percentile(sorted, 50)),
    p95: round2(percentile(sorted, 95)),
    p99: round2(percentile(sorted, 99)),
    mean: round2(sum / sorted.length),
    min: round2(sorted[0]),
    max: round2(sorted[sorted.length - 1]),
    cpuP50: round2(percentile(cpu, 50)),
    cpuP95: round2(percentile(cpu, 95)),
  };
}

export async function measure<T, R>(options: MeasureOptions<T, R>): Promise<Summary> {
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  const total = options.warmup + options.iterations;
  for (let i = 0; i < total; i++) {
    const input = options.prepare ? await options.prepare(i) : (undefined as T);
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    const result = await options.run(input, i);
    const elapsedNs = process.hrtime.bigint() - start;
    const cpu = process.cpuUsage(cpuStart);
    options.verify?.(result, input, i);
    if (i >= options.warmup) {
      samples.push(Number(elapsedNs) / 1e6);
      cpuSamples.push((cpu.user + cpu.system) / 1000);
    }
  }
  return summarize(samples, cpuSamples);
}

/** Progress for humans on stderr; stdout carries only the JSON result. */
export function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

export function formatSummary(name: string, s: Summary): string {
  return `${name}: p50 ${s.p50} ms · p95 ${s.p95} ms · p99 ${s.p99} ms (n=${s.n}, max ${s.max} ms; CPU p50 ${s.cpuP50} ms)`;
}
