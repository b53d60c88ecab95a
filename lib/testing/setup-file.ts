// Vitest setup file, run in each test file's own process before the file is imported: gives the
// file a fresh copy of the template database. lib/db.ts creates its client at import time from
// DATABASE_URL, so the variable must be set here, not in the test.
import { afterAll, inject } from "vitest";
import { createTestDatabase } from "./test-db";

const database = await createTestDatabase(inject("voronkaTestDb"));
process.env.DATABASE_URL = database.url;

const globalForDb = globalThis as unknown as { voronkaDb?: { $disconnect(): Promise<void> } };
// A client left by an earlier file (only if a worker were ever reused) points at another database.
delete globalForDb.voronkaDb;

afterAll(async () => {
  await globalForDb.voronkaDb?.$disconnect();
  delete globalForDb.voronkaDb;
  await database.drop();
});
