// Chooses the Prisma driver adapter from DATABASE_URL. Shared by the app (lib/db.ts),
// the Prisma CLI (prisma.config.ts), the seed and the benchmark, so it must not import "server-only".
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { createPgPool } from "./db-pg-pool";

export const DEFAULT_DATABASE_URL = "file:./data/voronka.db";

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
    // `timeout` is better-sqlite3's busy timeout: writers wait instead of failing with SQLITE_BUSY.
    return new PrismaBetterSQLite3({ url: file, timeout: 10_000 });
  }
  // The pool is the adapter's: Prisma ends it when the client disconnects.
  return new PrismaPg(createPgPool(url), { disposeExternalPool: true });
}
