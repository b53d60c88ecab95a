// The parent side of the ingest benchmark (run.ts calls it after the board sizes): a fresh
// database with 1k open deals (prepareDatabase), the measuring child (ingest-bench.ts), and the
// metrics with their budget from docs/budgets.md: ≥ 25 % of raw driver inserts into the same
// table in the same run (events/s through the endpoint is shown without one).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { RESULT_PREFIX } from "./bench-context";
import { prepareDatabase, type BenchDatabaseOptions } from "./database";
import type { IngestResult } from "./ingest-bench";
import { log, round2 } from "./measure";
import type { Row } from "./report";

export const INGEST_BUDGETS = { shareOfRawPercent: 25 } as const;
const CHILD = path.join(import.meta.dirname, "ingest-bench.ts");

export async function measureIngest(database: BenchDatabaseOptions, options: { batches: number; warmup: number; iterations: number; keep: boolean }): Promise<IngestResult> {
  const prepared = await prepareDatabase(database, 1_000);
  log(`ingest: ${options.batches} batches of 500 events over HTTP and as raw inserts, then a 100k-event timeline (${prepared.label})`);
  try {
    const child = spawnSync(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", CHILD, prepared.url, String(options.batches), String(options.warmup), String(options.iterations)],
      { cwd: path.join(import.meta.dirname, ".."), env: { ...process.env, DATABASE_URL: prepared.url }, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
    );
    const line = child.stdout?.split("\n").find((l) => l.startsWith(RESULT_PREFIX));
    if (child.status !== 0 || !line) throw new Error(`Measuring ingest failed (exit ${child.status}).`);
    return JSON.parse(line.slice(RESULT_PREFIX.length)) as IngestResult;
  } finally {
    if (!options.keep) await prepared.cleanup();
  }
}

/** bench/results.json keys and table rows of one ingest run (`suffix`: "" SQLite, "_pg" PostgreSQL). */
export function ingestMetrics(result: IngestResult, suffix: string): { metrics: Record<string, number>; rows: Row[] } {
  const share = (result.http.eventsPerSecond / result.raw.rowsPerSecond) * 100;
  const metrics: Record<string, number> = {
    [`ingest_events_per_s${suffix}`]: Math.round(result.http.eventsPerSecond),
    [`ingest_raw_rows_per_s${suffix}`]: Math.round(result.raw.rowsPerSecond),
    [`ingest_share_of_raw_percent${suffix}`]: round2(share),
    [`ingest_batch_p95_ms${suffix}`]: result.http.batch.p95,
  };
  const rows: Row[] = [
    { metric: `ingest_events_per_s${suffix}`, value: Math.round(result.http.eventsPerSecond), unit: "/s", budget: null },
    { metric: `ingest_raw_rows_per_s${suffix}`, value: Math.round(result.raw.rowsPerSecond), unit: "/s", budget: null },
    { metric: `ingest_share_of_raw_percent${suffix}`, value: round2(share), unit: "%", budget: INGEST_BUDGETS.shareOfRawPercent, atLeast: true },
    { metric: `ingest_batch_p95_ms${suffix}`, value: result.http.batch.p95, unit: "ms", budget: null },
  ];
  if (result.timeline) {
    metrics[`timeline_first_page_p50_ms${suffix}`] = result.timeline.p50;
    metrics[`timeline_first_page_p95_ms${suffix}`] = result.timeline.p95;
    rows.push({ metric: `timeline_first_page_p95_ms${suffix}`, value: result.timeline.p95, unit: "ms", budget: null });
  }
  return { metrics, rows };
}
