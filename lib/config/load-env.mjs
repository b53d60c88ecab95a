// The one configuration loader of every command: migrate (prisma.config.ts), seed, start, the
// e2e server, the benchmark and the other scripts in lib/cli. It reads the same files, in the
// same order, with the same rules as `next start` and `next build`, because it is Next's own
// loader (@next/env): variables already in the environment win, then `.env.$MODE.local`,
// `.env.local` (not in test mode), `.env.$MODE`, `.env`, all from the working directory.
// MODE is `development` when NODE_ENV says so, `test` under NODE_ENV=test, else `production`.
// DATABASE_URL then picks the database and its provider (lib/db-adapter.ts).
import * as nextEnvModule from "@next/env";

// A CommonJS package: native ESM sees it as `default`, tsx's CommonJS transform (the seed, the
// benchmark) as the namespace itself.
const nextEnv = nextEnvModule.default?.loadEnvConfig ? nextEnvModule.default : nextEnvModule;

const quiet = { info() {}, error: (...args) => console.error(...args) };

/**
 * Loads the .env files of `dir` (default: the working directory) into process.env and returns
 * the names of the files read. Safe to call more than once.
 * @param {{ dir?: string }} [options]
 * @returns {string[]}
 */
export function loadEnv(options = {}) {
  const dir = options.dir ?? process.cwd();
  const dev = process.env.NODE_ENV === "development";
  const { loadedEnvFiles } = nextEnv.loadEnvConfig(dir, dev, quiet);
  return loadedEnvFiles.map((file) => file.path);
}
