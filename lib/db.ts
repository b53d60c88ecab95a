import "server-only";
import { createPrismaClient } from "./db-client";

// One Prisma client per process, kept on globalThis: dev hot reload re-evaluates this module, and
// a production build may bundle it more than once (instrumentation, route handlers, pages). On
// SQLite a second client would be a second connection, whose writes would queue on the first's
// lock instead of the adapter's mutex.
const globalForDb = globalThis as unknown as { voronkaDb?: ReturnType<typeof createPrismaClient> };

export const db = (globalForDb.voronkaDb ??= createPrismaClient());
