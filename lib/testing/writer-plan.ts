// The writes a second app process runs in the multi-process tests (writer-process.ts), and how the
// test starts that process and follows what each write ended with.
import type { Actor } from "@/lib/auth/permissions";
import type { VerifiedApiKey } from "@/lib/api-keys/verify-api-key";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors/app-error";
import { moveDeal } from "@/lib/deals/move-deal";
import { ingestEvents } from "@/lib/events/ingest-events";
import { startNode } from "./spawn-process";

export type WriterPlan =
  | { kind: "move"; actor: Actor; moves: { dealId: string; toStageId: string; version: number }[] }
  | { kind: "ingest"; key: VerifiedApiKey; batches: unknown[][] }
  /** Until told to stop: each deal in turn to the next stage (every 3rd round, a batch of 10 new events). */
  | { kind: "churn"; actor: Actor; key: VerifiedApiKey; dealIds: string[]; stageIds: string[] };

export type WriteOutcome = { ok: true; value?: unknown } | { ok: false; code: string; message: string };

/** What a write ended with: an AppError's code, or the raw error's code and message. */
export function outcomeOf(error: unknown): WriteOutcome {
  if (isAppError(error)) return { ok: false, code: error.code, message: error.message };
  const e = error as { code?: unknown; message?: unknown };
  return { ok: false, code: typeof e?.code === "string" ? e.code : "INTERNAL", message: String(e?.message ?? error) };
}

const settle = (work: Promise<unknown>, report: (outcome: WriteOutcome) => void) =>
  work.then(
    (value) => report({ ok: true, value }),
    (error: unknown) => report(outcomeOf(error)),
  );

/** Runs one plan's writes in order, each outcome passed to `report`. */
export async function runPlan(plan: WriterPlan, report: (outcome: WriteOutcome) => void, stopped = () => false): Promise<void> {
  if (plan.kind === "move") {
    for (const move of plan.moves) await settle(moveDeal({ actor: plan.actor, ...move }), report);
  } else if (plan.kind === "ingest") {
    for (const events of plan.batches) await settle(ingestEvents({ key: plan.key, body: { events } }), report);
  } else {
    for (let round = 0; !stopped(); round++) await settle(churnRound(plan, round), report);
  }
}

async function churnRound(plan: Extract<WriterPlan, { kind: "churn" }>, round: number): Promise<unknown> {
  if (round % 3 === 2) {
    const events = Array.from({ length: 10 }, (_, i) => ({
      id: `churn-${process.pid}-${round}-${i}`,
      type: "page_view",
      occurredAt: new Date().toISOString(),
      identities: { anonymousId: `v_churn_${round % 17}_${i % 4}` },
    }));
    return ingestEvents({ key: plan.key, body: { events } });
  }
  const deal = await db.deal.findUniqueOrThrow({ where: { id: plan.dealIds[round % plan.dealIds.length] }, select: { id: true, stageId: true, version: true } });
  const next = plan.stageIds[(plan.stageIds.indexOf(deal.stageId) + 1) % plan.stageIds.length];
  return moveDeal({ actor: plan.actor, dealId: deal.id, toStageId: next, version: deal.version });
}

export interface SpawnedWriter {
  /** Tells the process to start writing. */
  go(): void;
  /** Tells a churn to stop after the write under way. */
  stop(): void;
  /** The outcomes so far. */
  outcomes: WriteOutcome[];
  /** Resolves once `count` writes have ended. */
  atLeast(count: number): Promise<void>;
  /** Every write's outcome, once the process has exited. */
  done: Promise<WriteOutcome[]>;
}

/** Starts writer-process.ts on DATABASE_URL and resolves once it has opened the database. */
export async function spawnWriter(plan: WriterPlan, env: NodeJS.ProcessEnv = process.env): Promise<SpawnedWriter> {
  const child = startNode(["--conditions=react-server", "--import", "tsx", "lib/testing/writer-process.ts", JSON.stringify(plan)], env);
  const outcomes: WriteOutcome[] = [];
  const waiting: { count: number; resolve: () => void }[] = [];
  child.onLine((line) => {
    if (!line.startsWith("{")) return false;
    outcomes.push(JSON.parse(line) as WriteOutcome);
    for (const w of waiting.filter((w) => outcomes.length >= w.count)) w.resolve();
    return true;
  });
  await child.waitFor(/^ready$/);
  const done = child.exited.then(({ code, stderr }) => {
    if (code !== 0) throw new Error(`writer process exited with ${code}: ${stderr}`);
    return outcomes;
  });
  return {
    go: () => child.send("go"),
    stop: () => child.send("stop"),
    outcomes,
    atLeast: (count) => (outcomes.length >= count ? Promise.resolve() : new Promise<void>((resolve) => waiting.push({ count, resolve }))),
    done,
  };
}
