// An empty database of the run's provider in a temporary project directory, for tests that run
// the real commands against it (prisma migrate deploy with only a .env to go on, a restore of a
// backup), plus a URL where no database answers. Test-only.
import { execFile } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { onServer, postgresUrl, testDbProvider, uniqueName } from "./test-db";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const prismaBin = createRequire(import.meta.url).resolve("prisma/build/index.js");

export interface ScratchDatabase {
  /** A temporary directory to run commands in (it holds the SQLite file). */
  dir: string;
  /** The URL as written in that directory's .env (SQLite: relative to `dir`). */
  envUrl: string;
  /** The same database from anywhere. */
  url: string;
  drop(): Promise<void>;
}

export async function createScratchDatabase(): Promise<ScratchDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "voronka-scratch-"));
  const removeDir = () => fs.rmSync(dir, { recursive: true, force: true });
  if (testDbProvider() === "sqlite") {
    return { dir, envUrl: "file:./scratch.db", url: `file:${path.join(dir, "scratch.db")}`, drop: async () => removeDir() };
  }
  const name = uniqueName("voronka_scratch");
  await onServer((client) => client.query(`CREATE DATABASE "${name}"`));
  return {
    dir,
    envUrl: postgresUrl(name),
    url: postgresUrl(name),
    async drop() {
      await onServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      removeDir();
    },
  };
}

/** The environment of a command that must find its settings in .env alone. */
export function envWithoutSettings(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ["DATABASE_URL", "AUTH_SECRET", "AUTH_URL", "NODE_ENV", "LOG_LEVEL"]) delete env[name];
  return env;
}

/** `prisma migrate deploy` (what `npm run db:migrate` runs) in `dir`, with the repo's config. */
export async function migrateDeploy(dir: string): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [prismaBin, "migrate", "deploy", "--config", path.join(ROOT, "prisma.config.ts")], {
    cwd: dir,
    env: envWithoutSettings(),
  });
  return stdout;
}

/** A URL of the run's provider where nothing answers: a closed local port, or a directory for SQLite. */
export async function unreachableUrl(): Promise<string> {
  if (testDbProvider() === "sqlite") return `file:${os.tmpdir()}`;
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `postgresql://postgres@127.0.0.1:${port}/voronka`;
}
