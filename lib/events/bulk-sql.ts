import "server-only";
// Set-based statements for bulk paths (event ingest, score rebuilds): INSERT … SELECT and
// UPDATE … FROM whose rows travel as ONE JSON parameter (db-dialect's
// jsonRowSource), in SQL that SQLite (≥ 3.38) and PostgreSQL both accept. One parameter instead
// of thousands keeps Prisma's per-parameter cost out of the hot path.
import type { Tx } from "@/lib/db-client";
import { jsonRowSource, rawParams, type JsonColumnType } from "@/lib/db-dialect";

const q = (name: string) => `"${name}"`;

export type Columns = readonly (readonly [string, JsonColumnType])[];

export interface InsertOptions {
  table: string;
  columns: Columns;
  rows: readonly (readonly unknown[])[];
  /** e.g. `ON CONFLICT ("externalId") DO NOTHING`. */
  onConflict?: string;
  /** Columns to return (only rows actually inserted or updated come back). */
  returning?: string[];
}

/** INSERT … SELECT from the JSON rows; returns the RETURNING rows when asked. */
export async function insertRows<R = Record<string, unknown>>(tx: Tx, options: InsertOptions): Promise<R[]> {
  if (options.rows.length === 0) return [];
  const params = rawParams();
  const names = options.columns.map(([name]) => q(name)).join(", ");
  // "WHERE true": SQLite needs it to tell the upsert clause from a join constraint.
  let sql = `INSERT INTO ${q(options.table)} (${names}) SELECT ${names} FROM ${jsonRowSource(params, options.rows, options.columns)} AS v WHERE true`;
  if (options.onConflict) sql += ` ${options.onConflict}`;
  if (!options.returning) {
    await tx.$executeRawUnsafe(sql, ...params.values);
    return [];
  }
  sql += ` RETURNING ${options.returning.map(q).join(", ")}`;
  return tx.$queryRawUnsafe<R[]>(sql, ...params.values);
}

export interface UpdateFromRowsOptions {
  table: string;
  columns: Columns;
  rows: readonly (readonly unknown[])[];
  /** SET list; `v` is the JSON rows, e.g. `"score" = v."score"`. */
  set: string;
  /** Join condition, e.g. `"Person"."id" = v."id"`. */
  where: string;
}

/** `WITH v AS (rows) UPDATE table SET … FROM v WHERE …`. */
export async function updateFromRows(tx: Tx, options: UpdateFromRowsOptions): Promise<number> {
  if (options.rows.length === 0) return 0;
  const params = rawParams();
  const sql = `WITH v AS ${jsonRowSource(params, options.rows, options.columns)} UPDATE ${q(options.table)} SET ${options.set} FROM v WHERE ${options.where}`;
  return tx.$executeRawUnsafe(sql, ...params.values);
}
