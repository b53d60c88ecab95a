// npm run restore -- FILE: puts a backup made by `npm run backup` in place of DATABASE_URL's
// database. Stop the app first: SQLite refuses while an app process holds the file
// (lib/db-instance-lock.ts), PostgreSQL while any other session is connected. The replaced
// database is kept (SQLite: <db>.before-restore-<time>; PostgreSQL: a dump under backups/).
// Run `npm run db:migrate` afterwards when the backup is older than the installed version.
import { parseArgs } from "node:util";
import { defaultBackupTarget } from "@/lib/backup/backup-paths";
import { restorePostgres } from "@/lib/backup/postgres-backup";
import { restoreSqlite } from "@/lib/backup/sqlite-backup";
import { databaseUrl, providerOf, sqliteFilePath } from "@/lib/db-adapter";
import { InstanceLockedError } from "@/lib/db-instance-lock";
import { loadEnv } from "@/lib/config/load-env.mjs";

async function main(): Promise<void> {
  loadEnv();
  const { positionals } = parseArgs({ allowPositionals: true });
  if (positionals.length !== 1) throw new Error("Usage: npm run restore -- <backup file>");
  const source = positionals[0];
  const url = databaseUrl();
  const now = new Date();
  const { replacedCopy } =
    providerOf(url) === "sqlite"
      ? restoreSqlite({ databaseFile: sqliteFilePath(url), source, now })
      : await restorePostgres({ url, source, replacedCopy: defaultBackupTarget(url, now).replace(/\.dump$/, ".before-restore.dump") });
  console.log(`Restored ${source}.${replacedCopy ? ` The replaced database was kept as ${replacedCopy}.` : ""}`);
  console.log("If the backup comes from an older version of Voronka, run `npm run db:migrate` before starting the app.");
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Restore failed: ${message}${error instanceof InstanceLockedError ? " Stop the app first, then run the restore again." : ""}`);
  process.exitCode = 1;
});
