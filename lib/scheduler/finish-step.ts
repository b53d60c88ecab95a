// Ends a step of a claimed run inside the caller's transaction, fenced by the lease: the write
// only lands while this scheduler still holds the run. A DB-only step (task, move, notification)
// throws LeaseLost so its own writes roll back with it: the step then happens exactly once.
import type { Tx } from "@/lib/db-client";
import { retryDelayMs, stepDueAt } from "@/lib/automations/chain";
import type { AutomationAction } from "@/lib/validation/automations";
import type { ClaimedRun } from "./claim-runs";

export type StepOutcome =
  | { status: "done"; detail: string }
  | { status: "skipped"; detail: string } // the chain stops here, on purpose
  | { status: "failed"; detail: string } // the chain stops here, on an error
  | { status: "retry"; detail: string; attempt: number };

export interface RunLogEntry {
  step: number;
  kind: string;
  status: StepOutcome["status"];
  detail: string;
  at: string;
}

export interface RunResult {
  log: RunLogEntry[];
  /** Failed attempts of the current step so far. */
  attempts?: number;
}

export class LeaseLost extends Error {
  constructor(runId: string) {
    super(`Run ${runId} was taken over by another scheduler`);
    this.name = "LeaseLost";
  }
}

export function parseResult(json: string | null): RunResult {
  try {
    const parsed = JSON.parse(json ?? "null") as RunResult | null;
    return parsed && Array.isArray(parsed.log) ? parsed : { log: [] };
  } catch {
    return { log: [] };
  }
}

/** Returns false (without writing) when the lease was lost. */
export async function finishStep(
  tx: Tx,
  options: { run: ClaimedRun; actions: readonly AutomationAction[]; outcome: StepOutcome; now: Date; kind: string },
): Promise<boolean> {
  const { run, actions, outcome, now } = options;
  const current = await tx.automationRun.findUnique({ where: { id: run.id }, select: { result: true } });
  const result = parseResult(current?.result ?? null);
  const log = [...result.log, { step: run.step, kind: options.kind, status: outcome.status, detail: outcome.detail.slice(0, 500), at: now.toISOString() }].slice(-30);
  const hasNext = run.step + 1 < actions.length;
  const data =
    outcome.status === "retry"
      ? { status: "PENDING", dueAt: new Date(now.getTime() + retryDelayMs(outcome.attempt)), result: JSON.stringify({ log, attempts: outcome.attempt }) }
      : outcome.status === "done" && hasNext
        ? { status: "PENDING", step: run.step + 1, dueAt: stepDueAt(actions, run.step + 1, now), result: JSON.stringify({ log }) }
        : { status: outcome.status === "done" ? "DONE" : outcome.status === "skipped" ? "SKIPPED" : "FAILED", result: JSON.stringify({ log }) };
  const updated = await tx.automationRun.updateMany({
    where: { id: run.id, step: run.step, status: "RUNNING", lockedUntil: run.lease },
    data: { ...data, lockedUntil: null },
  });
  return updated.count === 1;
}

/**
 * The lease is still ours. A no-op UPDATE rather than a read: on PostgreSQL it also locks the row
 * until the caller's transaction ends, so no other scheduler can take the run over meanwhile.
 */
export async function holdsLease(tx: Tx, run: ClaimedRun): Promise<boolean> {
  const fenced = await tx.automationRun.updateMany({
    where: { id: run.id, step: run.step, status: "RUNNING", lockedUntil: run.lease },
    data: { lockedUntil: run.lease },
  });
  return fenced.count === 1;
}
