// Everything that differs between SQLite and PostgreSQL, in one place. The rest of the code
// writes Prisma queries (or standard SQL that both accept) and asks here when it cannot.
import { databaseUrl, providerOf, type DatabaseProvider } from "./db-adapter";
import type { Tx } from "./db-client";

export function currentProvider(): DatabaseProvider {
  return providerOf(databaseUrl());
}

/**
 * Serializes writers that touch the same row: PostgreSQL takes a row lock held until the
 * transaction ends (other instances wait for it). SQLite needs none: the app has one connection,
 * and the adapter runs its transactions one at a time.
 * FOR NO KEY UPDATE, not FOR UPDATE: it still excludes other lockers, but not the FOR KEY SHARE
 * that foreign-key checks take on the row (a transition's fromStageId). With FOR UPDATE, two
 * opposite moves (A: 0→1 holds stage 1, B: 1→0 holds stage 0) deadlock on each other's FK check.
 */
export async function lockRow(tx: Tx, table: "Stage" | "Deal" | "Person", id: string): Promise<void> {
  if (currentProvider() !== "postgresql") return;
  await tx.$queryRawUnsafe(`SELECT 1 FROM "${table}" WHERE "id" = $1 FOR NO KEY UPDATE`, id);
}

/**
 * A case-insensitive "contains" filter. PostgreSQL's LIKE is case-sensitive, so Prisma's
 * `mode: "insensitive"` (ILIKE, which folds Cyrillic too) is used there; SQLite's LIKE folds
 * ASCII letters only, and the SQLite client has no `mode`.
 */
export function containsText(text: string): { contains: string } {
  if (currentProvider() === "postgresql") return { contains: text, mode: "insensitive" } as { contains: string };
  return { contains: text };
}

/** True for a unique-constraint violation (Prisma's P2002), whichever database raised it. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
