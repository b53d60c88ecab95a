// Builds a Prisma client for DATABASE_URL. Used by lib/db.ts (the app's singleton), the seed,
// the tests and the benchmark. Secrets are omitted from every query unless asked for.
import { PrismaClient } from "./generated/prisma/client";
import { createAdapter, databaseUrl, providerOf } from "./db-adapter";

export function createPrismaClient(url: string = databaseUrl()) {
  const client = new PrismaClient({
    adapter: createAdapter(url),
    omit: { user: { passwordHash: true }, apiKey: { hash: true } },
  });
  if (providerOf(url) === "sqlite") {
    // WAL lets readers run beside the writer; NORMAL sync is safe with WAL. Both apply to the
    // adapter's single connection, set once before the first query.
    void client.$queryRawUnsafe("PRAGMA journal_mode = WAL").catch(() => {});
    void client.$queryRawUnsafe("PRAGMA synchronous = NORMAL").catch(() => {});
  }
  return client;
}

export type Db = ReturnType<typeof createPrismaClient>;
/** What an interactive transaction callback receives (the client minus connection management). */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
