// PostgreSQL backups through the server's own tools: `pg_dump --format=custom` (a consistent
// snapshot, taken while the app runs) and `pg_restore --clean --if-exists --no-owner`, which also
// restores into a fresh, empty database. The README lists the same commands for running by hand.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

// Parameters Prisma users put in DATABASE_URL that libpq refuses ("invalid URI query parameter");
// the app's pg pool ignores them too.
const NOT_LIBPQ = ["schema", "connection_limit", "pool_timeout", "pgbouncer", "statement_cache_size", "socket_timeout"];

/**
 * The connection for pg_dump / pg_restore: the URL without its password and the parameters libpq
 * does not know; the password goes in PGPASSWORD, out of the process list.
 */
export function pgToolConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  for (const name of NOT_LIBPQ) parsed.searchParams.delete(name);
  return { dbname: parsed.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

/** Runs a PostgreSQL client tool; rejects with its stderr, or with how to install it. */
export function runPgTool(tool: "pg_dump" | "pg_restore", args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "ENOENT" ? new Error(`${tool} is not on PATH: install the PostgreSQL client tools of the server's version or newer (Debian: apt-get install postgresql-client)`) : error),
    );
    child.on("close", (code) => (code === 0 ? resolve(stdout) : reject(new Error(`${tool} failed (exit ${code}): ${stderr.trim()}`))));
  });
}

/** `pg_dump --format=custom` of DATABASE_URL `url` into `target` (which must not exist yet). */
export async function backupPostgres(options: { url: string; target: string }): Promise<{ file: string; bytes: number }> {
  const { url, target } = options;
  if (fs.existsSync(target)) throw new Error(`${target} exists already; choose another name`);
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const partial = `${target}.partial-${process.pid}`;
  const { dbname, env } = pgToolConnection(url);
  try {
    await runPgTool("pg_dump", ["--format=custom", `--file=${partial}`, `--dbname=${dbname}`], env);
    fs.renameSync(partial, target);
  } finally {
    fs.rmSync(partial, { force: true });
  }
  return { file: target, bytes: fs.statSync(target).size };
}

/**
 * Restores the pg_dump archive `source` into DATABASE_URL `url`, replacing what is there, in one
 * transaction. Refuses while other sessions are connected to that database (the app: stop every
 * instance first). A database with tables is first dumped to `replacedCopy`.
 */
export async function restorePostgres(options: { url: string; source: string; replacedCopy: string }): Promise<{ replacedCopy: string | null }> {
  const { url, source } = options;
  if (!fs.existsSync(source)) throw new Error(`No file at ${source}`);
  const { dbname, env } = pgToolConnection(url);
  await runPgTool("pg_restore", ["--list", source], env).catch((error: Error) => {
    throw new Error(`${source} is not a pg_dump archive (custom format): ${error.message}`);
  });
  const { others, tables } = await inspectDatabase(url);
  if (others.length > 0) {
    throw new Error(`${others.length} other session(s) are connected to this database (${others.join(", ")}). Stop every app instance first.`);
  }
  let replacedCopy: string | null = null;
  if (tables > 0) {
    replacedCopy = (await backupPostgres({ url, target: options.replacedCopy })).file;
  }
  await runPgTool("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error", `--dbname=${dbname}`, source], env);
  return { replacedCopy };
}

async function inspectDatabase(url: string): Promise<{ others: string[]; tables: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const sessions = await client.query<{ who: string }>(
      `SELECT COALESCE(NULLIF(application_name, ''), 'pid ' || pid) || COALESCE(' from ' || client_addr, '') AS who
       FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
    );
    const tables = await client.query<{ n: string }>(`SELECT count(*) AS n FROM pg_tables WHERE schemaname = current_schema()`);
    return { others: sessions.rows.map((r) => r.who), tables: Number(tables.rows[0].n) };
  } finally {
    await client.end();
  }
}
