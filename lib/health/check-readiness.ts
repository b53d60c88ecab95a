import "server-only";
// GET /api/ready's checks, for load balancers and orchestrators: the database answers, every
// migration this build ships is applied (more is fine: migrations are additive, so an instance
// of the previous release stays ready while the next one migrates), and this process's scheduler
// is alive. The answer names what failed by code, never with a driver's message (no secrets).
import type { Db } from "@/lib/db-client";
import { unavailableReason } from "@/lib/errors/database-unavailable";
import type { SchedulerLiveness } from "./scheduler-liveness";

export const DATABASE_TIMEOUT_MS = 3_000;
const MAX_NAMES = 20;

export interface Readiness {
  ready: boolean;
  checks: {
    database: { ok: boolean; error?: string };
    migrations: { ok: boolean; expected?: number; pending?: string[]; error?: string };
    scheduler: SchedulerLiveness;
  };
}

class Timeout extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const failure = (error: unknown) => (error instanceof Timeout ? "timeout" : (unavailableReason(error) ?? "query failed"));

/** `_prisma_migrations` missing altogether (a database never migrated) reads as none applied. */
function isMissingTable(error: unknown): boolean {
  const text = `${(error as { message?: unknown })?.message ?? ""} ${JSON.stringify((error as { meta?: unknown })?.meta ?? "")}`;
  return /no such table|does not exist|TableDoesNotExist/i.test(text);
}

async function appliedMigrations(db: Db, timeoutMs: number): Promise<Set<string>> {
  try {
    const rows = await withTimeout(
      db.$queryRawUnsafe<{ name: string }[]>(
        `SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      ),
      timeoutMs,
    );
    return new Set(rows.map((row) => row.name));
  } catch (error) {
    if (isMissingTable(error)) return new Set();
    throw error;
  }
}

export async function checkReadiness(options: {
  db: Db;
  /** The build's migrations (lib/health/built-migrations.ts); null when unknown. */
  expectedMigrations: string[] | null;
  scheduler: SchedulerLiveness;
  timeoutMs?: number;
}): Promise<Readiness> {
  const timeoutMs = options.timeoutMs ?? DATABASE_TIMEOUT_MS;
  const checks: Readiness["checks"] = {
    database: { ok: true },
    migrations: { ok: false },
    scheduler: options.scheduler,
  };
  try {
    await withTimeout(options.db.$queryRawUnsafe("SELECT 1"), timeoutMs);
  } catch (error) {
    checks.database = { ok: false, error: failure(error) };
  }
  if (!checks.database.ok) checks.migrations = { ok: false, error: "database unavailable" };
  else if (!options.expectedMigrations) checks.migrations = { ok: false, error: "migration list unknown" };
  else {
    try {
      const applied = await appliedMigrations(options.db, timeoutMs);
      const pending = options.expectedMigrations.filter((name) => !applied.has(name));
      checks.migrations = { ok: pending.length === 0, expected: options.expectedMigrations.length, pending: pending.slice(0, MAX_NAMES) };
    } catch (error) {
      checks.migrations = { ok: false, error: failure(error) };
    }
  }
  return { ready: checks.database.ok && checks.migrations.ok && checks.scheduler.ok, checks };
}
