// bench/results.json holds the latest run of each database side by side: SQLite metrics (no
// suffix) and PostgreSQL metrics (`_pg`), with one meta per database. A run replaces only its own
// database's metrics and meta, so the file always describes one run per database.
import fs from "node:fs";
import type { BenchDatabaseKind } from "./database";
import { metricSuffix } from "./report";

export interface ResultsFile {
  metrics: Record<string, number>;
  meta: Partial<Record<BenchDatabaseKind, Record<string, unknown>>>;
}

const ownedBy = (kind: BenchDatabaseKind, key: string) => (kind === "postgres") === key.endsWith(metricSuffix("postgres"));

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
    meta: { sqlite: previous.meta.sqlite, postgres: previous.meta.postgres, [kind]: meta },
  };
  if (!merged.meta.sqlite) delete merged.meta.sqlite;
  if (!merged.meta.postgres) delete merged.meta.postgres;
  fs.writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
  return merged;
}
