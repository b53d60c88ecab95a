// The one place that knows which database the benchmark runs on. Today: a temporary SQLite file
// per size, seeded with raw better-sqlite3. PostgreSQL is a follow-up (`--db postgres`).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { seedBenchData, type SeedSummary } from "./seed-bench-data";

export type BenchDatabaseKind = "sqlite" | "postgres";

export interface BenchDatabase {
  kind: BenchDatabaseKind;
  /** What the measuring process puts in DATABASE_URL. */
  url: string;
  seed: SeedSummary;
  /** Removes everything the benchmark created for this size. */
  cleanup(): void;
}

/** `--db sqlite` (default) or `--db postgres`; anything else is a usage error. */
export function parseDatabaseKind(argv: readonly string[]): BenchDatabaseKind {
  const i = argv.indexOf("--db");
  const value = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith("--db="))?.slice("--db=".length);
  if (value === undefined || value === "sqlite") return "sqlite";
  if (value === "postgres" || value === "postgresql") return "postgres";
  throw new Error(`Unknown --db "${value}": use sqlite or postgres.`);
}

/** Null when the kind can be benchmarked, otherwise the reason to print before exiting. */
export function unsupportedReason(kind: BenchDatabaseKind): string | null {
  if (kind === "postgres") {
    return "PostgreSQL benchmarking is not available yet (follow-up issue); run `npm run bench` for SQLite.";
  }
  return null;
}

/** Creates and seeds a fresh database holding `size` open deals. */
export function prepareDatabase(kind: BenchDatabaseKind, size: number): BenchDatabase {
  if (kind !== "sqlite") throw new Error(unsupportedReason(kind) ?? `Unsupported database ${kind}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "voronka-bench-"));
  const file = path.join(dir, `bench-${size}.db`);
  const seed = seedBenchData({ file, openDeals: size });
  return {
    kind,
    url: `file:${file}`,
    seed,
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
