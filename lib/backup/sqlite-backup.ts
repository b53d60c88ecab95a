// SQLite backups (`npm run backup`, `npm run restore`), safe while the app runs.
// A backup is `VACUUM INTO`: one read transaction, so the copy is the database as of one commit
// (WAL content included), written compactly, without blocking the app's writers. SQLite's online
// backup API would start over whenever another process commits, and may never finish beside a
// busy app. The copy is written under a temporary name, synced, checked and then renamed, so a
// file with the final name is always a whole backup.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { claimSqliteFile, releaseSqliteFile } from "@/lib/db-instance-lock";
import { SQLITE_BUSY_TIMEOUT_MS } from "@/lib/db-adapter";
import { backupStamp } from "./backup-paths";

/** Writes a consistent copy of `databaseFile` to `target` (which must not exist yet). */
export function backupSqlite(options: { databaseFile: string; target: string }): { file: string; bytes: number } {
  const { databaseFile, target } = options;
  if (!fs.existsSync(databaseFile)) throw new Error(`No database at ${databaseFile}`);
  if (fs.existsSync(target)) throw new Error(`${target} exists already; choose another name`);
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const partial = `${target}.partial-${process.pid}`;
  fs.rmSync(partial, { force: true });
  const source = new Database(databaseFile, { readonly: true, fileMustExist: true, timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    source.prepare("VACUUM INTO ?").run(partial);
  } finally {
    source.close();
  }
  try {
    checkDatabaseFile(partial);
    syncFile(partial);
    fs.renameSync(partial, target);
    syncFile(path.dirname(path.resolve(target)));
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  return { file: target, bytes: fs.statSync(target).size };
}

/**
 * Puts the backup `source` in place of `databaseFile`. Refuses while the app (or another restore)
 * holds the file (lib/db-instance-lock.ts) or any other process has it open. The replaced database
 * is first copied to `<databaseFile>.before-restore-<time>`, whose name is returned.
 */
export function restoreSqlite(options: { databaseFile: string; source: string; now?: Date }): { replacedCopy: string | null } {
  const { databaseFile, source } = options;
  checkDatabaseFile(source);
  claimSqliteFile(databaseFile, "restore");
  try {
    let replacedCopy: string | null = null;
    if (fs.existsSync(databaseFile)) {
      replacedCopy = `${databaseFile}.before-restore-${backupStamp(options.now ?? new Date())}`;
      backupSqlite({ databaseFile, target: replacedCopy });
      // Leaving WAL mode needs the only connection: it fails if any other process has the file
      // open, and it folds the WAL into the file and deletes it, so no old WAL is left to be
      // replayed onto the restored file.
      const current = new Database(databaseFile, { timeout: 1_000 });
      try {
        current.pragma("journal_mode = DELETE");
      } catch (error) {
        throw new Error(`${databaseFile} is open in another process (${(error as Error).message}); stop it and try again`);
      } finally {
        current.close();
      }
    }
    const incoming = `${databaseFile}.restoring-${process.pid}`;
    fs.copyFileSync(source, incoming);
    syncFile(incoming);
    for (const suffix of ["-wal", "-shm", "-journal"]) fs.rmSync(databaseFile + suffix, { force: true });
    fs.renameSync(incoming, databaseFile);
    syncFile(path.dirname(path.resolve(databaseFile)));
    return { replacedCopy };
  } finally {
    releaseSqliteFile(databaseFile);
  }
}

/** Throws unless `file` is a readable, intact SQLite database with Voronka's tables. */
export function checkDatabaseFile(file: string): void {
  if (!fs.existsSync(file)) throw new Error(`No file at ${file}`);
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const check = db.pragma("quick_check", { simple: true });
    if (check !== "ok") throw new Error(`integrity check says: ${String(check)}`);
    const deal = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'Deal'").get();
    if (!deal) throw new Error("it has no Deal table");
  } catch (error) {
    throw new Error(`${file} is not a usable Voronka SQLite database: ${(error as Error).message}`);
  } finally {
    db?.close();
  }
}

function syncFile(file: string): void {
  const fd = fs.openSync(file, "r");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
