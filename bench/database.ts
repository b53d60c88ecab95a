// The one place that knows which database the benchmark runs on: a temporary SQLite file per
// size (default), or a fresh PostgreSQL database per size on a server (`--db postgres`).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { SeedSummary } from "./seed-rows";
import { seedSqlite } from "./seed-sqlite";
import { seedPostgres } from "./seed-postgres";

export type BenchDatabaseKind = "sqlite" | "postgres";

export interface BenchDatabaseOptions {
  kind: BenchDatabaseKind;
  /** PostgreSQL: the server to create the databases on (any database of it; the maintenance one by default). */
  pgServerUrl: string;
}

export interface BenchDatabase {
  kind: BenchDatabaseKind;
  /** What the measuring process puts in DATABASE_URL. */
  url: string;
  /** `url` without a password, for logs. */
  label: string;
  seed: SeedSummary;
  /** Removes everything the benchmark created for this size. */
  cleanup(): Promise<void>;
}

export const DEFAULT_PG_SERVER_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

/** The value of `--name value` or `--name=value`. */
export function option(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  if (i >= 0) return argv[i + 1];
  return argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

/** `--db sqlite` (default) or `--db postgres`, and `--pg-url` / BENCH_PG_URL; bad values are usage errors. */
export function parseDatabaseOptions(argv: readonly string[]): BenchDatabaseOptions {
  const value = option(argv, "db");
  let kind: BenchDatabaseKind;
  if (value === undefined || value === "sqlite") kind = "sqlite";
  else if (value === "postgres" || value === "postgresql") kind = "postgres";
  else throw new Error(`Unknown --db "${value}": use sqlite or postgres.`);
  const pgServerUrl = option(argv, "pg-url") || process.env.BENCH_PG_URL || DEFAULT_PG_SERVER_URL;
  if (!/^postgres(ql)?:\/\//.test(pgServerUrl)) throw new Error(`--pg-url / BENCH_PG_URL must be a postgres:// URL, got "${pgServerUrl}"`);
  return { kind, pgServerUrl };
}

/** A URL with its password masked. */
export function redactUrl(url: string): string {
  return url.replace(/^(\w+:\/\/[^:/@]+:)[^@]*@/, "$1***@");
}

/** Creates and seeds a fresh database holding `size` open deals. */
export async function prepareDatabase(options: BenchDatabaseOptions, size: number): Promise<BenchDatabase> {
  if (options.kind === "postgres") return preparePostgres(options.pgServerUrl, size);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "voronka-bench-"));
  const file = path.join(dir, `bench-${size}.db`);
  try {
    const seed = seedSqlite({ file, openDeals: size });
    return { kind: "sqlite", url: `file:${file}`, label: file, seed, cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** A connection to the server of `serverUrl`, or an error that says what to do. */
async function connect(serverUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: serverUrl });
  try {
    await client.connect();
    return client;
  } catch (error) {
    throw new Error(`Cannot reach PostgreSQL at ${redactUrl(serverUrl)} (${(error as Error).message}). ` +
      "Start it, or point --pg-url / BENCH_PG_URL at a server where this user may CREATE DATABASE.");
  }
}

/** Runs SQL on the server's maintenance database (CREATE/DROP DATABASE cannot run in the target). */
async function onServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = await connect(serverUrl);
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The server version, for the results' meta ("PostgreSQL 15.20 …"). */
export async function postgresVersion(serverUrl: string): Promise<string> {
  const { rows } = await onServer(serverUrl, (client) => client.query<{ v: string }>("SELECT current_setting('server_version') AS v"));
  return `PostgreSQL ${rows[0].v}`;
}

async function preparePostgres(serverUrl: string, size: number): Promise<BenchDatabase> {
  const name = `voronka_bench_${size}_${process.pid}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const drop = () => onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {});
  await drop(); // a leftover of a crashed run with the same pid
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  try {
    const seed = await seedPostgres({ url: url.toString(), openDeals: size });
    return { kind: "postgres", url: url.toString(), label: redactUrl(url.toString()), seed, cleanup: drop };
  } catch (error) {
    await drop().catch(() => {});
    throw error;
  }
}
