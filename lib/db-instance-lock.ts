// One app process per SQLite file. Several app instances need PostgreSQL (README "Production"):
// SQLite has one writer at a time, and the app's in-process order (one connection, one mutex)
// does not reach another process. The app claims its database file at start-up
// (instrumentation.ts) and `npm run restore` claims it while it replaces the file; commands that
// may run beside the app (backup, migrate, seed) do not claim it.
//
// The claim is a write lock on a small SQLite file beside the database (`<db>.instance-lock`),
// held by an open transaction for the life of the process. It is an operating-system file lock
// (the one SQLite itself relies on), so it goes away with the process however that ends: a crashed
// or killed instance never leaves a stale claim behind. The holder's pid, host, role and start
// time are committed in the file first, so a refused process can say who holds it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseUrl, providerOf, sqliteFilePath } from "./db-adapter";

export type InstanceRole = "app" | "restore";

export interface InstanceHolder {
  pid: number;
  host: string;
  role: InstanceRole;
  startedAt: string;
}

export class InstanceLockedError extends Error {
  constructor(
    readonly file: string,
    readonly holder: InstanceHolder | null,
  ) {
    const who = holder ? `${holder.role === "restore" ? "`npm run restore`" : "another app process"} (pid ${holder.pid} on ${holder.host}, since ${holder.startedAt})` : "another process";
    super(`${file} is in use by ${who}.`);
    this.name = "InstanceLockedError";
  }
}

// Held claims of this process, by lock file. On globalThis: a module bundled twice must not
// open a second connection (that would be refused by this process's own claim).
const globalForLocks = globalThis as unknown as { voronkaInstanceLocks?: Map<string, Database.Database> };
const held = (globalForLocks.voronkaInstanceLocks ??= new Map());

/** The lock file of a SQLite database file. */
export function instanceLockFile(databaseFile: string): string {
  const dir = path.dirname(path.resolve(databaseFile));
  fs.mkdirSync(dir, { recursive: true });
  // The real directory: two paths to one database (a symlink, ./data vs /srv/app/data) share a lock.
  return path.join(fs.realpathSync(dir), `${path.basename(databaseFile)}.instance-lock`);
}

const isBusy = (error: unknown) => String((error as { code?: unknown })?.code ?? "").startsWith("SQLITE_BUSY");

/**
 * Claims `databaseFile` for this process until it exits; does nothing if this process holds it
 * already. Throws InstanceLockedError when another process holds it.
 */
export function claimSqliteFile(databaseFile: string, role: InstanceRole): void {
  const file = instanceLockFile(databaseFile);
  if (held.has(file)) return;
  // A short busy wait only covers another claimant committing its holder row this very moment.
  const lock = new Database(file, { timeout: 200 });
  try {
    lock.exec("CREATE TABLE IF NOT EXISTS holder (pid INTEGER NOT NULL, host TEXT NOT NULL, role TEXT NOT NULL, started_at TEXT NOT NULL)");
    lock.exec("BEGIN IMMEDIATE");
    lock.exec("DELETE FROM holder");
    lock.prepare("INSERT INTO holder VALUES (?, ?, ?, ?)").run(process.pid, os.hostname(), role, new Date().toISOString());
    lock.exec("COMMIT");
    // Held from here on: others can read the row, none can take the write lock.
    lock.pragma("busy_timeout = 0");
    lock.exec("BEGIN IMMEDIATE");
  } catch (error) {
    const holder = isBusy(error) ? readHolder(lock) : null;
    lock.close();
    if (isBusy(error)) throw new InstanceLockedError(databaseFile, holder);
    throw error;
  }
  held.set(file, lock);
}

function readHolder(lock: Database.Database): InstanceHolder | null {
  try {
    lock.pragma("busy_timeout = 2000");
    if (lock.inTransaction) lock.exec("ROLLBACK");
    const row = lock.prepare("SELECT pid, host, role, started_at AS startedAt FROM holder").get() as InstanceHolder | undefined;
    return row ?? null;
  } catch {
    return null;
  }
}

/** Gives a claim back (a restore that is done); the app keeps its claim until it exits. */
export function releaseSqliteFile(databaseFile: string): void {
  const file = instanceLockFile(databaseFile);
  const lock = held.get(file);
  if (!lock) return;
  held.delete(file);
  lock.exec("ROLLBACK");
  lock.close();
}

/**
 * At app start-up (instrumentation.ts): claims the SQLite file of DATABASE_URL, or ends the process
 * with a message that says why. PostgreSQL takes any number of instances.
 */
export function claimAppInstanceOrExit(url: string = databaseUrl()): void {
  if (providerOf(url) !== "sqlite") return;
  try {
    claimSqliteFile(sqliteFilePath(url), "app");
  } catch (error) {
    if (!(error instanceof InstanceLockedError)) throw error;
    console.error(
      `Voronka cannot start: ${error.message}\n` +
        "SQLite serves one app process. Stop the other one first, or run several instances on PostgreSQL " +
        "(README, Production). Commands such as npm run backup, db:migrate and db:seed may run beside the app.",
    );
    process.exit(1);
  }
}
