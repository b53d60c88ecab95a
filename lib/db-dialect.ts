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

/** Positional parameters for one raw statement, collected in order. */
export interface RawParams {
  values: unknown[];
  /**
   * Adds a value and returns its placeholder: `?` on SQLite, `$n` on PostgreSQL. `pgType` casts
   * it on PostgreSQL where the type cannot be inferred (a VALUES list outside an INSERT), e.g.
   * "timestamp(3)", "double precision", "integer", '"Temperature"'. SQLite needs no casts.
   */
  add(value: unknown, pgType?: string): string;
}

export function rawParams(): RawParams {
  const postgres = currentProvider() === "postgresql";
  const values: unknown[] = [];
  return {
    values,
    add(value, pgType) {
      values.push(value);
      if (!postgres) return "?";
      return pgType ? `$${values.length}::${pgType}` : `$${values.length}`;
    },
  };
}

/** Most bound parameters one statement may carry: SQLite 32766, PostgreSQL 65535. */
export function maxBoundParameters(): number {
  return currentProvider() === "postgresql" ? 65_535 : 32_766;
}

/**
 * Makes writers of one kind (e.g. event ingest and person merges) take turns across app
 * instances: a transaction-scoped advisory lock on PostgreSQL, released at commit or rollback.
 * SQLite needs none: it runs one write transaction at a time.
 */
export async function lockWriters(tx: Tx, name: string): Promise<void> {
  if (currentProvider() !== "postgresql") return;
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext($1))`, name);
}

// ─── Analytics SQL (lib/analytics, lib/forecast): dates, differences and casts ─────────────────
// SQLite keeps DateTime as ISO-8601 text ("2026-06-08T16:02:18.627+00:00", the same text a Date
// parameter is sent as, so text comparison orders instants); PostgreSQL as timestamp(3) in UTC.
import { Prisma } from "./generated/prisma/client";

/** A Date as a parameter that compares with DateTime columns and works in date arithmetic. */
export function sqlTimestamp(date: Date): Prisma.Sql {
  if (currentProvider() === "postgresql") return Prisma.sql`CAST(${date} AS TIMESTAMP(3))`;
  return Prisma.sql`${date}`;
}

/** Fractional days from `start` to `end` (DateTime columns or sqlTimestamp values). */
export function sqlDaysBetween(start: Prisma.Sql, end: Prisma.Sql): Prisma.Sql {
  if (currentProvider() === "postgresql") return Prisma.sql`(EXTRACT(EPOCH FROM (${end} - ${start})) / 86400.0)`;
  return Prisma.sql`(julianday(${end}) - julianday(${start}))`;
}

/** A JSON array of SQL values (a scalar subquery can return several aggregates as one value). */
export function sqlJsonArray(items: Prisma.Sql[]): Prisma.Sql {
  return currentProvider() === "postgresql" ? Prisma.sql`json_build_array(${Prisma.join(items)})` : Prisma.sql`json_array(${Prisma.join(items)})`;
}

/**
 * Aggregates over rows `x` with a column "v", for nearest-rank percentiles with one sort: the count
 * "n", the values in order "a" (a JSON array on SQLite, an array on PostgreSQL) and the "mean".
 */
export function sqlSortedValues(): Prisma.Sql {
  if (currentProvider() === "postgresql") return Prisma.sql`CAST(COUNT(*) AS INTEGER) AS "n", array_agg(x."v" ORDER BY x."v") AS "a", AVG(x."v") AS "mean"`;
  return Prisma.sql`COUNT(*) AS "n", json_group_array(x."v" ORDER BY x."v") AS "a", AVG(x."v") AS "mean"`;
}

/** The value of 1-based rank `rank` (an integer SQL expression) in the ordered "a" of a row `q` of sqlSortedValues (null when q."n" is 0). */
export function sqlSortedValueAt(rank: Prisma.Sql): Prisma.Sql {
  if (currentProvider() === "postgresql") return Prisma.sql`q."a"[${rank}]`;
  return Prisma.sql`CASE WHEN q."n" > 0 THEN q."a" ->> (${rank} - 1) END`;
}

/** What sqlJsonArray comes back as: text on SQLite, already parsed on PostgreSQL. */
export function readJsonArray(value: unknown): unknown[] {
  return typeof value === "string" ? (JSON.parse(value) as unknown[]) : Array.isArray(value) ? value : [];
}

/** Integer part of a non-negative number (SQLite's CAST truncates, PostgreSQL's rounds). */
export function sqlFloor(value: Prisma.Sql): Prisma.Sql {
  if (currentProvider() === "postgresql") return Prisma.sql`CAST(FLOOR(${value}) AS INTEGER)`;
  return Prisma.sql`CAST(${value} AS INTEGER)`;
}

/** Calendar month "YYYY-MM" of a DateTime, seen at a fixed UTC offset (minutes). */
export function sqlMonth(column: Prisma.Sql, offsetMinutes: number): Prisma.Sql {
  const minutes = Math.trunc(offsetMinutes);
  if (currentProvider() === "postgresql") {
    return Prisma.sql`to_char(${column} + make_interval(mins => ${Prisma.raw(String(minutes))}), 'YYYY-MM')`;
  }
  return Prisma.sql`strftime('%Y-%m', ${column}, ${`${minutes >= 0 ? "+" : ""}${minutes} minutes`})`;
}

/** The Monday "YYYY-MM-DD" starting the ISO week of a DateTime, seen at a fixed UTC offset (minutes). */
export function sqlWeek(column: Prisma.Sql, offsetMinutes: number): Prisma.Sql {
  const minutes = Math.trunc(offsetMinutes);
  if (currentProvider() === "postgresql") {
    return Prisma.sql`to_char(date_trunc('week', ${column} + make_interval(mins => ${Prisma.raw(String(minutes))})), 'YYYY-MM-DD')`;
  }
  return Prisma.sql`date(${column}, ${`${minutes >= 0 ? "+" : ""}${minutes} minutes`}, '-6 days', 'weekday 1')`;
}

/**
 * Fractional days from a DateTime column to a fixed instant, cheaper than sqlDaysBetween on
 * SQLite (the instant's Julian day is computed once here, not parsed again for every row).
 */
export function sqlDaysSince(column: Prisma.Sql, until: Date): Prisma.Sql {
  if (currentProvider() === "postgresql") return Prisma.sql`(EXTRACT(EPOCH FROM (${sqlTimestamp(until)} - ${column})) / 86400.0)`;
  const julian = until.getTime() / 86_400_000 + 2_440_587.5;
  return Prisma.sql`(${julian} - julianday(${column}))`;
}

// ─── Bulk rows in one parameter (event ingest) ───────────────────────────────────────────────────
// Prisma spends microseconds on every bound parameter, so a 500-row insert with 11 columns costs
// far more in parameter handling than in SQL. Bulk paths send all rows as ONE parameter (JSON of
// an array of row arrays, as UTF-8 bytes) and read it back as a table: json_each on SQLite
// (≥ 3.38 for ->>), json_array_elements on PostgreSQL, with each column cast to its type.

/** Column types of a JSON row source; "enum:Name" is a PostgreSQL enum type. */
export type JsonColumnType = "text" | "float" | "int" | "timestamp" | `enum:${string}`;

const PG_JSON_TYPES: Record<string, string> = { text: "text", float: "double precision", int: "integer", timestamp: "timestamp(3)" };

/** Dates as the SQLite adapter stores them ("…T…Z" → "…+00:00"); PostgreSQL reads them as UTC. */
function jsonRows(rows: readonly (readonly unknown[])[], columns: readonly (readonly [string, JsonColumnType])[]): string {
  const dates = columns.flatMap(([, type], i) => (type === "timestamp" ? [i] : []));
  if (dates.length === 0) return JSON.stringify(rows);
  return JSON.stringify(
    rows.map((row) => {
      const copy = row.slice();
      for (const i of dates) {
        const value = copy[i];
        if (value instanceof Date) copy[i] = value.toISOString().replace("Z", "+00:00");
      }
      return copy;
    }),
  );
}

/**
 * `(SELECT … FROM <json rows>)`: a subquery with the named, typed columns, reading `rows` from one
 * JSON parameter added to `params`. Use as `INSERT … SELECT * FROM <source> AS r WHERE true`,
 * `… IN (SELECT col FROM <source> AS r)` or `WITH v AS <source> UPDATE … FROM v`.
 */
export function jsonRowSource(params: RawParams, rows: readonly (readonly unknown[])[], columns: readonly (readonly [string, JsonColumnType])[]): string {
  // Sent as bytes, not text: Prisma escapes every quote of a text parameter on its way to the
  // database, which costs more than the query itself for a large batch; bytes travel as is.
  const bytes = Buffer.from(jsonRows(rows, columns), "utf8");
  if (currentProvider() === "postgresql") {
    const p = params.add(bytes, "bytea");
    const cols = columns.map(([name, type], i) => {
      const pgType = type.startsWith("enum:") ? `"${type.slice(5)}"` : PG_JSON_TYPES[type];
      return `(r.value->>${i})::${pgType} AS "${name}"`;
    });
    return `(SELECT ${cols.join(", ")} FROM json_array_elements(convert_from(${p}, 'UTF8')::json) AS r(value))`;
  }
  const p = params.add(bytes);
  return `(SELECT ${columns.map(([name], i) => `r.value->>${i} AS "${name}"`).join(", ")} FROM json_each(CAST(${p} AS TEXT)) AS r)`;
}
