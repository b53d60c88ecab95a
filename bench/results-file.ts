// bench/results.json holds the latest run of each database side by side: SQLite metrics (no
// suffix) and PostgreSQL metrics (`_pg`), with one meta per database. A run replaces only its own
// database's metrics and meta, so the file always describes one run per database. The browser
// figures of `npm run bench:web` (keys `web_…`, meta `web`) belong to neither and are kept by both.
import fs from "node:fs";
import type { BenchDatabaseKind } from "./database";
import { metricSuffix } from "./report";

export interface ResultsFile {
  metrics: Record<string, number>;
  meta: Partial<Record<BenchDatabaseKind | "web", Record<string, unknown>>>;
}

export const WEB_PREFIX = "web_";
const isWeb = (key: string) => key.startsWith(WEB_PREFIX);
const ownedBy = (kind: BenchDatabaseKind, key: string) => !isWeb(key) && (kind === "postgres") === key.endsWith(metricSuffix("postgres"));

/** The file as it is, or an empty one; a meta without a database key (older files) belongs to SQLite. */
export function readResults(file: string): ResultsFile {
  let parsed: { metrics?: unknown; meta?: Record<string, unknown> };
  try {
    parsed = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return { metrics: {}, meta: {} };
  }
  const metrics = (typeof parsed.metrics === "object" && parsed.metrics !== null ? parsed.metrics : {}) as Record<string, number>;
  const meta = parsed.meta ?? {};
  if ("date" in meta) {
    const kind = meta.database === "postgres" ? "postgres" : "sqlite";
    return { metrics, meta: { [kind]: meta } };
  }
  return { metrics, meta: meta as ResultsFile["meta"] };
}

/** Writes this run's metrics and meta over the previous ones of the same database; the other database's stay. */
export function mergeResults(
  file: string,
  kind: BenchDatabaseKind,
  metrics: Record<string, number>,
  meta: Record<string, unknown>,
): ResultsFile {
  const previous = readResults(file);
  const kept = Object.entries(previous.metrics).filter(([key]) => !ownedBy(kind, key));
  // SQLite keys first, then PostgreSQL ones: the file reads the same whichever ran last.
  const all = [...kept, ...Object.entries(metrics)].sort(([a], [b]) => Number(ownedBy("postgres", a)) - Number(ownedBy("postgres", b)));
  const merged: ResultsFile = {
    metrics: Object.fromEntries(all),
    meta: { sqlite: previous.meta.sqlite, postgres: previous.meta.postgres, web: previous.meta.web, [kind]: meta },
  };
  return write(file, merged);
}

/** Writes the browser figures (`web_…` keys, meta `web`) over the previous ones; the server figures stay. */
export function mergeWebResults(file: string, metrics: Record<string, number>, meta: Record<string, unknown>): ResultsFile {
  if (!Object.keys(metrics).every(isWeb)) throw new Error(`Browser metrics must start with "${WEB_PREFIX}"`);
  const previous = readResults(file);
  const kept = Object.entries(previous.metrics).filter(([key]) => !isWeb(key));
  return write(file, { metrics: Object.fromEntries([...kept, ...Object.entries(metrics)]), meta: { ...previous.meta, web: meta } });
}

function write(file: string, results: ResultsFile): ResultsFile {
  for (const key of ["sqlite", "postgres", "web"] as const) if (!results.meta[key]) delete results.meta[key];
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return results;
}
