// Chooses the Prisma driver adapter from DATABASE_URL. Shared by the app (lib/db.ts),
// the Prisma CLI (prisma.config.ts), the seed and the benchmark, so it must not import "server-only".
import fs from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { createPgPool } from "./db-pg-pool";
import { SqliteAdapterFactory, type SqliteSynchronous } from "./db-sqlite-adapter";

export const DEFAULT_DATABASE_URL = "file:./data/voronka.db";

/** How long a SQLite write waits for another writer (in this process or another) before it fails. */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000;

export type DatabaseProvider = "sqlite" | "postgresql";

export function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

export function providerOf(url: string): DatabaseProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL), got "${url}"`);
}

/** Absolute path of a SQLite file URL, resolved against the working directory. */
export function sqliteFilePath(url: string): string {
  return path.resolve(url.replace(/^file:/, ""));
}

export function createAdapter(url: string) {
  const provider = providerOf(url);
  if (provider === "sqlite") {
    const file = sqliteFilePath(url);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    return new SqliteAdapterFactory(file, { busyTimeoutMs: SQLITE_BUSY_TIMEOUT_MS, synchronous: sqliteSynchronous() });
  }
  // The pool is the adapter's: Prisma ends it when the client disconnects.
  return new PrismaPg(createPgPool(url), { disposeExternalPool: true });
}

/**
 * SQLITE_SYNCHRONOUS: "full" (default) or "normal". FULL syncs the WAL at every commit, so a write
 * the app acknowledged survives a power loss or an OS crash. NORMAL syncs only at checkpoints:
 * never a corrupt file and nothing lost when the app process dies, but the last commits before a
 * power loss can vanish. FULL costs 1–6 ms per card move here and nothing measurable on event
 * ingest (one commit per group of batches); see bench/README.md "Durability".
 */
export function sqliteSynchronous(value = process.env.SQLITE_SYNCHRONOUS): SqliteSynchronous {
  const chosen = (value || "full").toLowerCase();
  if (chosen !== "normal" && chosen !== "full") throw new Error(`SQLITE_SYNCHRONOUS must be "full" or "normal", got "${value}"`);
  return chosen;
}
