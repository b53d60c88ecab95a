// The writes a second app process runs in the multi-process tests (writer-process.ts), and how the
// test starts that process and collects what each write ended with.
import { spawn } from "node:child_process";
import path from "node:path";
import readline from "node:readline";
import type { Actor } from "@/lib/auth/permissions";
import type { VerifiedApiKey } from "@/lib/api-keys/verify-api-key";
import { isAppError } from "@/lib/errors/app-error";
import { moveDeal } from "@/lib/deals/move-deal";
import { ingestEvents } from "@/lib/events/ingest-events";

export type WriterPlan =
  | { kind: "move"; actor: Actor; moves: { dealId: string; toStageId: string; version: number }[] }
  | { kind: "ingest"; key: VerifiedApiKey; batches: unknown[][] };

export type WriteOutcome = { ok: true; value?: unknown } | { ok: false; code: string; message: string };

/** What a write ended with: an AppError's code, or the raw error's code and message. */
export function outcomeOf(error: unknown): WriteOutcome {
  if (isAppError(error)) return { ok: false, code: error.code, message: error.message };
  const e = error as { code?: unknown; message?: unknown };
  return { ok: false, code: typeof e?.code === "string" ? e.code : "INTERNAL", message: String(e?.message ?? error) };
}

/** Runs one plan's writes in order, each outcome passed to `report`. */
export async function runPlan(plan: WriterPlan, report: (outcome: WriteOutcome) => void): Promise<void> {
  if (plan.kind === "move") {
    for (const move of plan.moves) {
      await moveDeal({ actor: plan.actor, ...move }).then(
        () => report({ ok: true }),
        (error: unknown) => report(outcomeOf(error)),
      );
    }
    return;
  }
  for (const events of plan.batches) {
    await ingestEvents({ key: plan.key, body: { events } }).then(
      (result) => report({ ok: true, value: result }),
      (error: unknown) => report(outcomeOf(error)),
    );
  }
}

export interface SpawnedWriter {
  /** Tells the process to start writing. */
  go(): void;
  /** Every write's outcome, once the process has exited. */
  done: Promise<WriteOutcome[]>;
}

const ENTRY = path.join(process.cwd(), "lib/testing/writer-process.ts");

/** Starts writer-process.ts on DATABASE_URL and resolves once it has opened the database. */
export async function spawnWriter(plan: WriterPlan, env: NodeJS.ProcessEnv = process.env): Promise<SpawnedWriter> {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", ENTRY, JSON.stringify(plan)], {
    env,
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const outcomes: WriteOutcome[] = [];
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  readline.createInterface({ input: child.stdout }).on("line", (line) => {
    if (line === "ready") markReady();
    else if (line.startsWith("{")) outcomes.push(JSON.parse(line) as WriteOutcome);
  });
  const done = new Promise<WriteOutcome[]>((resolve, reject) => {
    child.on("exit", (code) => (code === 0 ? resolve(outcomes) : reject(new Error(`writer process exited with ${code}: ${stderr}`))));
  });
  await Promise.race([ready, done]);
  return { go: () => child.stdin.write("go\n"), done };
}
