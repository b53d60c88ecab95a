// `npm run bench:web`: the budgets of DESIGN.md measured in a real browser. Seeds the 10k-deal
// benchmark data (the same seed as `npm run bench`) into a temporary SQLite file, adds a password
// for the HEAD user and 10k events on one person (web-seed.ts), builds the app (`next build`,
// unless --skip-build), serves it with `next start` and drives headless Chromium (web-measure.ts).
// Prints a table against the budgets and writes the `web_…` keys into bench/results.json.
// Options: --port 3300, --repeats 3 (median of N loads/interactions), --skip-build, --keep
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { DEFAULT_PG_SERVER_URL, option, prepareDatabase } from "./database";
import { log } from "./measure";
import { formatTable, type Row } from "./report";
import { mergeWebResults } from "./results-file";
import { runMain, watchMachine } from "./run-machine";
import { prepareWebData } from "./web-seed";
import { measureWeb } from "./web-measure";

const ROOT = path.join(import.meta.dirname, "..");
const RESULTS_FILE = path.join(import.meta.dirname, "results.json");
export const WEB_BUDGETS = { lcpMs: 1500, inpMs: 100, mountedCards: 400 } as const;
const AUTH_SECRET = "bench-web-secret-not-for-production-0123456789";
const NEXT_BIN = createRequire(import.meta.url).resolve("next/dist/bin/next");

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url, { redirect: "manual" })).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The app did not answer at ${url} within ${timeoutMs / 1000} s`);
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const port = Number(option(argv, "port") ?? 3300);
  const repeats = Number(option(argv, "repeats") ?? 3);
  const started = performance.now();
  const machine = watchMachine();
  const prepared = await prepareDatabase({ kind: "sqlite", pgServerUrl: DEFAULT_PG_SERVER_URL }, 10_000);
  const file = prepared.url.slice("file:".length);
  prepareWebData(file);
  log(`seeded ${prepared.seed.openDeals} open deals and 10k events on one person (${prepared.label})`);
  const env = { ...process.env, DATABASE_URL: prepared.url, AUTH_SECRET, NODE_ENV: "production" as const };
  let server: ReturnType<typeof spawn> | null = null;
  try {
    if (!argv.includes("--skip-build")) {
      log("next build …");
      const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { cwd: ROOT, env, stdio: "inherit" });
      if (build.status !== 0) throw new Error(`next build failed (exit ${build.status})`);
    }
    server = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
    const baseURL = `http://127.0.0.1:${port}`;
    await waitForServer(`${baseURL}/sign-in`, 60_000);
    const chromium = process.env.PLAYWRIGHT_CHROMIUM || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
    const figures = await measureWeb(baseURL, chromium, repeats);

    const metrics = {
      web_lcp_board_ms: figures.lcp.board,
      web_lcp_person_10k_events_ms: figures.lcp.person,
      web_lcp_analytics_ms: figures.lcp.analytics,
      web_lcp_forecast_ms: figures.lcp.forecast,
      web_inp_card_drop_ms: figures.inp.cardDrop,
      web_inp_lose_dialog_ms: figures.inp.loseDialog,
      web_inp_board_search_ms: figures.inp.search,
      web_mounted_cards_max: figures.mountedCardsMax,
    };
    const rows: Row[] = Object.entries(metrics).map(([metric, value]) =>
      metric.includes("_lcp_") ? { metric, value, unit: "ms", budget: WEB_BUDGETS.lcpMs }
      : metric.includes("_inp_") ? { metric, value, unit: "ms", budget: WEB_BUDGETS.inpMs }
      : { metric, value, unit: "cards", budget: WEB_BUDGETS.mountedCards });
    const meta = {
      ...machine.meta(),
      browser: "headless Chromium (system), 1440×900, no throttling",
      database: "SQLite, 10k open deals (bench seed) + 10k events on one person",
      repeats,
      mountedCards: figures.mountedCards,
      notes: "LCP: PerformanceObserver largest-contentful-paint on a fresh tab after one warm-up load; INP: longest event-timing duration of the interaction; medians of `repeats`.",
      seconds: Math.round((performance.now() - started) / 100) / 10,
    };
    mergeWebResults(RESULTS_FILE, metrics, meta);
    console.log(`\nVoronka browser benchmark · Chromium · median of ${repeats} · ${meta.seconds} s\n`);
    console.log(formatTable(rows));
    machine.warnIfBusy();
    console.log(`\nWrote ${path.relative(process.cwd(), RESULTS_FILE)} (web_ metrics replaced, the server figures kept)`);
    return 0;
  } finally {
    server?.kill("SIGTERM");
    if (argv.includes("--keep")) log(`kept ${prepared.label}`);
    else await prepared.cleanup();
  }
}

runMain(main);
