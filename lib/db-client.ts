// Builds a Prisma client for DATABASE_URL. Used by lib/db.ts (the app's singleton), the seed,
// the tests and the benchmark. Secrets are omitted from every query unless asked for.
import { PrismaClient } from "./generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/postgresql/client";
import { createAdapter, databaseUrl, providerOf, SQLITE_BUSY_TIMEOUT_MS } from "./db-adapter";

const options = (url: string) => ({
  adapter: createAdapter(url),
  omit: { user: { passwordHash: true }, apiKey: { hash: true } },
});

function createSqliteClient(url: string) {
  // One connection per process: a transaction waits for its turn on it (this process's other
  // work) and then for the write lock (other processes), up to the busy timeout
  // (lib/db-sqlite-adapter.ts). Prisma's default maxWait (2 s) would cut that wait short with a
  // P2028; the adapter's own timeout (P1008) should decide.
  return new PrismaClient({ ...options(url), transactionOptions: { maxWait: SQLITE_BUSY_TIMEOUT_MS + 2_000 } });
}

export function createPrismaClient(url: string = databaseUrl()) {
  if (providerOf(url) === "postgresql") {
    // Both clients are generated from the same models (lib/cli/postgres-schema.mjs), so the
    // PostgreSQL one has the SQLite one's shape; the code is typed against the latter.
    return new PostgresPrismaClient(options(url)) as unknown as ReturnType<typeof createSqliteClient>;
  }
  return createSqliteClient(url);
}

export type Db = ReturnType<typeof createPrismaClient>;
/** What an interactive transaction callback receives (the client minus connection management). */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
