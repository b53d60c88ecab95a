import "server-only";
import { createPrismaClient } from "./db-client";

// One Prisma client per process (kept on globalThis so dev hot reload does not open more).
const globalForDb = globalThis as unknown as { voronkaDb?: ReturnType<typeof createPrismaClient> };

export const db = globalForDb.voronkaDb ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForDb.voronkaDb = db;
