// Child process: the event-ingest and timeline measurements on one seeded database. Usage
// (ingest-run.ts does this):
//   node --conditions=react-server --import tsx bench/ingest-bench.ts <DATABASE_URL> <batches> <warmup> <iterations>
// 1. scoring rules and an API key, as an admin would set them up;
// 2. `batches` batches of 500 events through the HTTP endpoint, and as many raw batches of the
//    same rows into the same table, interleaved in rounds so both see the same table sizes;
// 3. the timeline of a person with 100k events.
// Progress goes to stderr; the result is one line on stdout: RESULT_PREFIX + JSON.
import { ADMIN_ID } from "./bench-fixture";
import { RESULT_PREFIX, assertBench } from "./bench-context";
import { formatSummary, log, summarize, type Summary } from "./measure";
import { BATCH_SIZE, BENCH_RULES, ingestBatches } from "./ingest-workload";

export interface IngestResult {
  /** cpuMsPer1k: this process's CPU time (user + system) per 1000 events: steadier than wall time on a busy machine. */
  /** busyMsPer1k: time the server's thread was busy (event loop utilization) per 1000 events. */
  http: { events: number; seconds: number; eventsPerSecond: number; cpuMsPer1k: number; busyMsPer1k: number; batch: Summary };
  raw: { rows: number; seconds: number; rowsPerSecond: number; cpuMsPer1k: number; driver: string };
  timeline: (Summary & { events: number }) | null;
}

const ROUNDS = 10;

async function main(): Promise<void> {
  const [url, batchesArg, warmupArg, iterationsArg] = process.argv.slice(2);
  const batches = Number(batchesArg ?? 200);
  if (!url || !Number.isInteger(batches) || batches < ROUNDS) throw new Error("usage: ingest-bench.ts <DATABASE_URL> <batches ≥ 10> [warmup] [iterations]");
  process.env.DATABASE_URL = url;
  const { db } = await import("../lib/db");
  const { generateSecret, hashSecret, visiblePrefix } = await import("../lib/api-keys/secret");
  const { startEventServer, startLoadClient } = await import("./ingest-http");
  const { openRawWriter, rawRows } = await import("./ingest-raw");
  const { benchTimeline } = await import("./timeline-bench");

  await db.scoringRule.createMany({ data: BENCH_RULES.map((r) => ({ ...r, halfLifeDays: 14 })) });
  await db.setting.create({ data: { key: "scoring.thresholds", value: JSON.stringify({ warm: 25, hot: 60 }) } });
  const secret = generateSecret();
  await db.apiKey.create({ data: { name: "bench", prefix: visiblePrefix(secret), hash: hashSecret(secret), createdById: ADMIN_ID } });
  const personIds = (await db.person.findMany({ select: { id: true } })).map((p) => p.id);
  const eventsBefore = await db.event.count();

  const warmupBatches = 10;
  const workload = ingestBatches(warmupBatches + batches, Date.now());
  const bodies = workload.map((events) => JSON.stringify({ events }));
  const raw = workload.map((events, i) => rawRows(events, personIds, String(i)));

  const server = await startEventServer();
  const client = startLoadClient({ url: server.url, secret, expectedPerBatch: BATCH_SIZE });
  const writer = await openRawWriter(url);
  try {
    await client.send(bodies.slice(0, warmupBatches));
    for (const rows of raw.slice(0, warmupBatches)) await writer.write(rows);

    let httpSeconds = 0;
    let rawSeconds = 0;
    let httpCpu = 0;
    let rawCpu = 0;
    let httpBusy = 0;
    const cpuMs = (since: NodeJS.CpuUsage) => {
      const used = process.cpuUsage(since);
      return (used.user + used.system) / 1000;
    };
    const latencies: number[] = [];
    const perRound = batches / ROUNDS;
    for (let r = 0; r < ROUNDS; r++) {
      const from = warmupBatches + Math.round(r * perRound);
      const to = warmupBatches + Math.round((r + 1) * perRound);
      let cpu = process.cpuUsage();
      const elu = (performance as unknown as { eventLoopUtilization(): { active: number } }).eventLoopUtilization();
      const sent = await client.send(bodies.slice(from, to));
      httpCpu += cpuMs(cpu);
      httpBusy += (performance as unknown as { eventLoopUtilization(e: unknown): { active: number } }).eventLoopUtilization(elu).active;
      httpSeconds += sent.seconds;
      latencies.push(...sent.latencies);
      cpu = process.cpuUsage();
      for (const rows of raw.slice(from, to)) rawSeconds += await writer.write(rows);
      rawCpu += cpuMs(cpu);
    }
    const stored = (await db.event.count()) - eventsBefore;
    const total = (warmupBatches + batches) * BATCH_SIZE;
    assertBench(stored === 2 * total, `stored ${stored} events, expected ${2 * total} (HTTP + raw)`);

    const events = batches * BATCH_SIZE;
    const http = { events, seconds: httpSeconds, eventsPerSecond: events / httpSeconds, cpuMsPer1k: (httpCpu / events) * 1000, busyMsPer1k: (httpBusy / events) * 1000, batch: summarize(latencies) };
    const driver = url.startsWith("file:") ? "better-sqlite3" : "pg";
    const rawResult = { rows: events, seconds: rawSeconds, rowsPerSecond: events / rawSeconds, cpuMsPer1k: (rawCpu / events) * 1000, driver };
    const b = http.batch;
    log(`  ingest over HTTP: ${Math.round(http.eventsPerSecond)} events/s; per 1k events ${http.busyMsPer1k.toFixed(1)} ms busy server thread, ` +
      `${http.cpuMsPer1k.toFixed(1)} ms CPU with the client · batch of 500: p50 ${b.p50} ms, p95 ${b.p95} ms`);
    log(`  raw ${driver} inserts: ${Math.round(rawResult.rowsPerSecond)} rows/s, ${rawResult.cpuMsPer1k.toFixed(1)} ms CPU per 1k rows` +
      (driver === "pg" ? " (CPU of this process only: the server's work is not in it)" : ""));
    const people = await db.person.count();
    const merged = await db.person.count({ where: { mergedIntoId: { not: null } } });
    log(`  after ingest: ${people} people (${merged} merged), ${await db.identity.count()} identities, ${await db.personSignal.count()} signals`);

    const timeline = await benchTimeline({
      url,
      size: 0,
      actor: { id: ADMIN_ID, role: "ADMIN" },
      pipelineId: "",
      warmup: Number(warmupArg ?? 20),
      iterations: Number(iterationsArg ?? 200),
    });
    log(`  ${formatSummary("timeline first page (100k events)", timeline)}`);
    const result: IngestResult = { http, raw: rawResult, timeline };
    process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
  } finally {
    await writer.close();
    await client.close();
    await server.close();
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
