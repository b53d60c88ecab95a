// SQLite durability: what `synchronous = FULL` (the WAL synced at every commit) costs against the
// default NORMAL on the two write paths with budgets, card moves and event ingest. On a shared
// machine two separate runs differ by more than the effect, so this measures both settings in one
// process on one 10k-deal database, alternating in rounds (NORMAL first in odd rounds, FULL first
// in even ones), and reports the median of the rounds. The moves are move-bench.ts's; the ingest
// is ingest-bench.ts's HTTP path (500-event batches, 8 requests in flight).
//   node --conditions=react-server --import tsx bench/durability-bench.ts [--rounds 8] [--moves 60] [--batches 6]
import { ADMIN_ID, PIPELINE_ID } from "./bench-fixture";
import { option, prepareDatabase } from "./database";
import { log, round2 } from "./measure";

type Mode = "normal" | "full";

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const rounds = Number(option(argv, "rounds") ?? 8);
  const moves = Number(option(argv, "moves") ?? 60);
  const batches = Number(option(argv, "batches") ?? 6);
  const prepared = await prepareDatabase({ kind: "sqlite", pgServerUrl: "" }, 10_000);
  process.env.DATABASE_URL = prepared.url;
  const { db } = await import("../lib/db");
  const { benchMoveDeal } = await import("./move-bench");
  const { generateSecret, hashSecret, visiblePrefix } = await import("../lib/api-keys/secret");
  const { startEventServer, startLoadClient } = await import("./ingest-http");
  const { BATCH_SIZE, BENCH_RULES, ingestBatches } = await import("./ingest-workload");

  await db.scoringRule.createMany({ data: BENCH_RULES.map((r) => ({ ...r, halfLifeDays: 14 })) });
  const secret = generateSecret();
  await db.apiKey.create({ data: { name: "bench", prefix: visiblePrefix(secret), hash: hashSecret(secret), createdById: ADMIN_ID } });
  const bodies = ingestBatches((rounds * 2 + 1) * batches, Date.now()).map((events) => JSON.stringify({ events }));
  const server = await startEventServer();
  const client = startLoadClient({ url: server.url, secret, expectedPerBatch: BATCH_SIZE });
  const results: Record<Mode, { moveP50: number[]; moveP95: number[]; eventsPerS: number[]; batchP95: number[] }> = {
    normal: { moveP50: [], moveP95: [], eventsPerS: [], batchP95: [] },
    full: { moveP50: [], moveP95: [], eventsPerS: [], batchP95: [] },
  };
  try {
    let sent = 0;
    const send = async () => client.send(bodies.slice(sent, (sent += batches)));
    await send(); // warm-up
    for (let round = 0; round < rounds; round++) {
      for (const mode of (round % 2 ? ["full", "normal"] : ["normal", "full"]) as Mode[]) {
        await db.$executeRawUnsafe(`PRAGMA synchronous = ${mode.toUpperCase()}`);
        const move = await benchMoveDeal({ size: 10_000 + round * 2 + (mode === "full" ? 1 : 0), actor: { id: ADMIN_ID, role: "ADMIN" }, pipelineId: PIPELINE_ID, warmup: 5, iterations: moves });
        const ingest = await send();
        const r = results[mode];
        r.moveP50.push(move.p50);
        r.moveP95.push(move.p95);
        r.eventsPerS.push(ingest.accepted / ingest.seconds);
        r.batchP95.push([...ingest.latencies].sort((a, b) => a - b)[Math.ceil(0.95 * ingest.latencies.length) - 1]);
        log(`round ${round + 1} ${mode}: move p50 ${move.p50} ms, p95 ${move.p95} ms; ingest ${Math.round(ingest.accepted / ingest.seconds)} events/s`);
      }
    }
  } finally {
    await client.close();
    await server.close();
    await db.$disconnect();
    await prepared.cleanup();
  }
  const summary = Object.fromEntries(
    (["normal", "full"] as Mode[]).map((mode) => {
      const r = results[mode];
      return [mode, { moveP50: round2(median(r.moveP50)), moveP95: round2(median(r.moveP95)), eventsPerS: Math.round(median(r.eventsPerS)), batchP95: round2(median(r.batchP95)) }];
    }),
  );
  console.log(JSON.stringify({ rounds, moves, batches, batchSize: BATCH_SIZE, medians: summary }, null, 2));
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
