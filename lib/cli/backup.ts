// npm run backup [-- --out FILE]: a consistent copy of DATABASE_URL's database, taken while the app
// runs. SQLite: VACUUM INTO a .db file (lib/backup/sqlite-backup.ts); PostgreSQL: pg_dump's custom
// format (lib/backup/postgres-backup.ts). Without --out: backups/<database>-<UTC time>.db|.dump.
import { parseArgs } from "node:util";
import { backupPostgres } from "@/lib/backup/postgres-backup";
import { backupSqlite } from "@/lib/backup/sqlite-backup";
import { defaultBackupTarget } from "@/lib/backup/backup-paths";
import { databaseUrl, providerOf, sqliteFilePath } from "@/lib/db-adapter";
import { loadEnv } from "@/lib/config/load-env.mjs";

async function main(): Promise<void> {
  loadEnv();
  const { values } = parseArgs({ options: { out: { type: "string", short: "o" } } });
  const url = databaseUrl();
  const started = Date.now();
  const target = values.out ?? defaultBackupTarget(url, new Date(started));
  const { file, bytes } =
    providerOf(url) === "sqlite" ? backupSqlite({ databaseFile: sqliteFilePath(url), target }) : await backupPostgres({ url, target });
  console.log(`Backup written to ${file} (${(bytes / 1024 / 1024).toFixed(1)} MiB, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

main().catch((error: unknown) => {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
