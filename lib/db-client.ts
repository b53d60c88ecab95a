// Builds a Prisma client for DATABASE_URL. Used by lib/db.ts (the app's singleton), the seed,
// the tests and the benchmark. Secrets are omitted from every query unless asked for.
import { PrismaClient } from "./generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/postgresql/client";
import { createAdapter, databaseUrl, providerOf } from "./db-adapter";

const options = (url: string) => ({
  adapter: createAdapter(url),
  omit: { user: { passwordHash: true }, apiKey: { hash: true } },
});

function createSqliteClient(url: string) {
  return new PrismaClient(options(url));
}

export function createPrismaClient(url: string = databaseUrl()) {
  if (providerOf(url) === "postgresql") {
    // Both clients are generated from the same models (lib/cli/postgres-schema.mjs), so the
    // PostgreSQL one has the SQLite one's shape; the code is typed against the latter.
    return new PostgresPrismaClient(options(url)) as unknown as ReturnType<typeof createSqliteClient>;
  }
  const client = createSqliteClient(url);
  // WAL lets readers run beside the writer; NORMAL sync is safe with WAL. Both apply to the
  // adapter's single connection, set once before the first query.
  void client.$queryRawUnsafe("PRAGMA journal_mode = WAL").catch(() => {});
  void client.$queryRawUnsafe("PRAGMA synchronous = NORMAL").catch(() => {});
  return client;
}

export type Db = ReturnType<typeof createPrismaClient>;
/** What an interactive transaction callback receives (the client minus connection management). */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
