// `npm run bench`: seeds a temporary database per size (1k, 10k, 100k open deals), measures the
// board first page, "load more" and card moves through the app's domain functions in a child
// process per size, then prints a table against the budgets and writes bench/results.json.
// With --db postgres each size gets a fresh database on the server of --pg-url / BENCH_PG_URL,
// and the metrics are written with a _pg suffix beside the SQLite ones (results-file.ts).
// Options: --db sqlite|postgres, --pg-url URL, --sizes 1000,10000,100000, --iterations 200, --warmup 20, --keep,
// --ingest-batches 200 (batches of 500 events for the ingest benchmark), --skip-ingest
import { spawnSync } from "node:child_process";
import path from "node:path";
import { option, parseDatabaseOptions, postgresVersion, prepareDatabase, redactUrl, type BenchDatabaseOptions } from "./database";
import { RESULT_PREFIX, type SizeResult } from "./bench-context";
import { log } from "./measure";
import { HEADLINE_SIZE, buildMetrics, formatTable, metricSuffix, sizeLabel } from "./report";
import { mergeResults } from "./results-file";
import { ingestMetrics, measureIngest } from "./ingest-run";
import { runMain, watchMachine } from "./run-machine";
import { sqliteSynchronous } from "../lib/db-adapter";
import { loadEnv } from "../lib/config/load-env.mjs";

// Settings (BENCH_PG_URL, DATABASE_POOL_MAX, …) as every command reads them; the request log
// lines of the measured endpoints would only bury the table.
loadEnv();
process.env.LOG_LEVEL ??= "warn";

const DEFAULT_SIZES = [1_000, 10_000, 100_000];
const RESULTS_FILE = path.join(import.meta.dirname, "results.json");
const CHILD = path.join(import.meta.dirname, "measure-size.ts");

function measureSize(size: number, url: string, warmup: number, iterations: number): SizeResult {
  const child = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", CHILD, String(size), url, String(warmup), String(iterations)],
    { cwd: path.join(import.meta.dirname, ".."), env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" },
  );
  const line = child.stdout?.split("\n").find((l) => l.startsWith(RESULT_PREFIX));
  if (child.status !== 0 || !line) throw new Error(`Measuring ${sizeLabel(size)} failed (exit ${child.status}).`);
  return JSON.parse(line.slice(RESULT_PREFIX.length)) as SizeResult;
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  let database: BenchDatabaseOptions;
  try {
    database = parseDatabaseOptions(argv);
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const { kind } = database;
  const sizes = option(argv, "sizes")?.split(",").map(Number) ?? DEFAULT_SIZES;
  const iterations = Number(option(argv, "iterations") ?? 200);
  const warmup = Number(option(argv, "warmup") ?? 20);
  if (!sizes.every((n) => Number.isInteger(n) && n >= 100) || !(iterations >= 1) || !(warmup >= 0)) {
    console.error("Usage: npm run bench -- [--db sqlite|postgres] [--pg-url postgresql://…] [--sizes 1000,10000,100000] [--iterations 200] [--warmup 20] [--keep]");
    return 2;
  }
  const started = performance.now();
  const machine = watchMachine();
  const server = kind === "postgres" ? await postgresVersion(database.pgServerUrl) : `SQLite (better-sqlite3, synchronous=${sqliteSynchronous().toUpperCase()})`;

  const results: SizeResult[] = [];
  for (const size of sizes) {
    const prepared = await prepareDatabase(database, size);
    const s = prepared.seed;
    log(`${sizeLabel(size)}: seeded ${s.openDeals} open + ${s.closedDeals} closed deals, ${s.people} people, ` +
      `${s.tasks} tasks, ${s.transitions} transitions in ${s.seconds.toFixed(1)} s (${prepared.label})`);
    try {
      results.push(measureSize(size, prepared.url, warmup, iterations));
    } finally {
      if (!argv.includes("--keep")) await prepared.cleanup();
    }
  }

  const { metrics, rows } = buildMetrics(results, metricSuffix(kind));
  // Event ingest and the 100k-event timeline (ingest-run.ts); --skip-ingest leaves them out.
  const ingest = argv.includes("--skip-ingest")
    ? null
    : await measureIngest(database, { batches: Number(option(argv, "ingest-batches") ?? 200), warmup, iterations, keep: argv.includes("--keep") });
  if (ingest) {
    const extra = ingestMetrics(ingest, metricSuffix(kind));
    Object.assign(metrics, extra.metrics);
    rows.push(...extra.rows);
  }
  const meta = {
    ...machine.meta(),
    database: kind,
    server,
    ...(kind === "postgres" ? { pgServer: redactUrl(database.pgServerUrl), seed: "multi-row INSERTs, then VACUUM ANALYZE" } : {}),
    sizes,
    warmup,
    iterations,
    headlineSize: HEADLINE_SIZE,
    notes: "board_load_more_p95_ms and move_deal_p95_ms are measured at 10k open deals; per-size values carry a _1k/_10k/_100k suffix" +
      (kind === "postgres" ? ", then _pg. The budgets are SQLite budgets (docs/budgets.md); PostgreSQL is printed against them for comparison." : "."),
    details: results,
    ...(ingest ? { ingest } : {}),
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
  mergeResults(RESULTS_FILE, kind, metrics, meta);
  console.log(`\nVoronka benchmark · ${server} · ${iterations} iterations after ${warmup} warm-up · ${meta.seconds} s\n`);
  console.log(formatTable(rows));
  if (kind === "postgres") console.log("(The budgets are set for SQLite in docs/budgets.md; PostgreSQL is shown against them for comparison.)");
  // On PostgreSQL the run itself keeps two processes busy (this client and a server backend).
  machine.warnIfBusy(kind === "postgres" ? 1 : 0);
  console.log(`\nWrote ${path.relative(process.cwd(), RESULTS_FILE)} (${kind} metrics replaced, the other database's kept)`);
  return 0;
}

runMain(main);
