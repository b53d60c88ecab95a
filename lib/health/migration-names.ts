// The migrations a build expects to find applied, per provider. next.config.ts reads the folders
// at build time and bakes the lists into the build (VORONKA_BUILD_MIGRATIONS), so /api/ready
// compares the database with the migrations of the code that is running, not with a folder a
// later `git pull` changed under it. Imported by next.config.ts: no "server-only", no database.
import fs from "node:fs";
import path from "node:path";

export type MigrationProvider = "sqlite" | "postgresql";

export const MIGRATION_DIRS: Record<MigrationProvider, string> = {
  sqlite: "prisma/migrations",
  postgresql: "prisma/postgresql/migrations",
};

/** The names of a provider's migrations (folders holding a migration.sql), in applying order. */
export function migrationNames(provider: MigrationProvider, root: string = process.cwd()): string[] {
  const dir = path.join(root, MIGRATION_DIRS[provider]);
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

/** Both lists as one JSON string, for next.config.ts's `env`. */
export function migrationsForBuild(root?: string): string {
  return JSON.stringify({ sqlite: migrationNames("sqlite", root), postgresql: migrationNames("postgresql", root) });
}
