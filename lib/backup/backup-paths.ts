// Where `npm run backup` writes when it is not told: backups/<database name>-<UTC time>.<ext> under
// the working directory (kept out of git). Copy backups off the machine: a backup on the database's
// own disk does not survive that disk.
import path from "node:path";
import { providerOf, sqliteFilePath } from "@/lib/db-adapter";

export const BACKUP_DIR = "backups";

/** A file-name-safe UTC time: 2026-12-04T17-05-33Z. */
export function backupStamp(now: Date): string {
  return now.toISOString().replace(/\.\d+Z$/, "Z").replace(/:/g, "-");
}

/** The default backup file for DATABASE_URL `url`: a SQLite file (.db) or a pg_dump archive (.dump). */
export function defaultBackupTarget(url: string, now: Date): string {
  if (providerOf(url) === "sqlite") {
    const name = path.basename(sqliteFilePath(url)).replace(/\.(db|sqlite3?)$/, "");
    return path.join(BACKUP_DIR, `${name}-${backupStamp(now)}.db`);
  }
  const name = decodeURIComponent(new URL(url).pathname.slice(1)) || "postgres";
  return path.join(BACKUP_DIR, `${name}-${backupStamp(now)}.dump`);
}
