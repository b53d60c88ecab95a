// Child process: measures one seeded database. Usage (run.ts does this):
//   node --conditions=react-server --import tsx bench/measure-size.ts <size> <DATABASE_URL> <warmup> <iterations>
// DATABASE_URL is set before the app's modules load, so lib/db.ts builds its client for this file.
// Progress goes to stderr; the result is one line on stdout: RESULT_PREFIX + JSON.
import { ADMIN_ID, PIPELINE_ID } from "./bench-fixture";
import { formatSummary, log } from "./measure";
import { RESULT_PREFIX, type BenchContext, type SizeResult } from "./bench-context";
import type { AnalyticsSizeResult } from "./analytics-bench";

async function main(): Promise<void> {
  const [sizeArg, url, warmupArg, iterationsArg] = process.argv.slice(2);
  const size = Number(sizeArg);
  if (!Number.isInteger(size) || !url) throw new Error("usage: measure-size.ts <size> <DATABASE_URL> [warmup] [iterations]");
  process.env.DATABASE_URL = url;

  const ctx: BenchContext = {
    size,
    actor: { id: ADMIN_ID, role: "ADMIN" },
    pipelineId: PIPELINE_ID,
    warmup: Number(warmupArg ?? 20),
    iterations: Number(iterationsArg ?? 200),
  };
  const { benchBoardFirstPage, benchLoadMore } = await import("./board-bench");
  const { benchMoveDeal } = await import("./move-bench");
  const { benchEditDeal } = await import("./edit-bench");
  const { db } = await import("../lib/db");

  const boardFirstPage = await benchBoardFirstPage(ctx);
  log(`  ${formatSummary("board first page", boardFirstPage)}`);
  const loadMore = await benchLoadMore(ctx);
  log(`  ${formatSummary("load more", loadMore)} · column of ${loadMore.stageCount}, down to card ${loadMore.deepestOffset}`);
  // Analytics read the same data (before the moves change it); BENCH_SKIP_ANALYTICS=1 leaves them out.
  const analytics = process.env.BENCH_SKIP_ANALYTICS ? undefined : await (await import("./analytics-bench")).benchAnalytics(ctx);
  // Moves last: they change the data the reads above measured.
  const moveDeal = await benchMoveDeal(ctx);
  log(`  ${formatSummary("move deal", moveDeal)} · ${moveDeal.crossColumnMoves} across columns`);
  const editDeal = await benchEditDeal(ctx);
  log(`  ${formatSummary("edit deal", editDeal)} · ${editDeal.ownerChanges} owner changes, ${editDeal.slips} close-date slips`);
  await db.$disconnect();

  const result: SizeResult & AnalyticsSizeResult = { size, boardFirstPage, loadMore, moveDeal, editDeal, analytics };
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
