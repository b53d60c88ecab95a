import "server-only";
// "Run on past data…", step two: enqueue the runs the preview counted, for the facts of the last
// N days (see lib/scheduler/replay-runs.ts for which facts), audited. The runs carry the live
// scan's dedupe keys, so repeating a replay, or two admins replaying at once, adds nothing twice.
// If the window now gives more runs than the admin confirmed, nothing is written (CONFLICT).
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { parseSettingsInput } from "@/lib/settings/parse";
import { enqueueRuns } from "@/lib/scheduler/enqueue-runs";
import { MAX_REPLAY_RUNS, planReplay } from "@/lib/scheduler/replay-runs";
import { replayAutomationSchema } from "@/lib/validation/automations";
import type { z } from "zod";
import { loadReplayRule } from "./load-replay-rule";

export async function replayAutomation(options: { actor: Actor; input: z.input<typeof replayAutomationSchema>; now?: Date }): Promise<{ id: string; runs: number }> {
  const { actor } = options;
  assertCan(actor, "settings.manage");
  const { id, days, expectedRuns } = parseSettingsInput(replayAutomationSchema, options.input);
  const now = options.now ?? new Date();
  const { rule, from } = await loadReplayRule(db, { id, days, now });
  const plan = await planReplay(db, rule, { from, now });
  if (!plan.complete) {
    throw new AppError("VALIDATION", `The last ${days} days would make more than ${MAX_REPLAY_RUNS} runs: choose a shorter window.`, { reason: "too_many", limit: MAX_REPLAY_RUNS });
  }
  if (plan.runs.length > expectedRuns) {
    throw new AppError("CONFLICT", `The last ${days} days now give ${plan.runs.length} runs, not ${expectedRuns}: check the number and confirm again.`, { reason: "changed", runs: plan.runs.length });
  }
  return db.$transaction(async (tx) => {
    // Re-checked in the transaction: switched off or deleted meanwhile writes nothing.
    await loadReplayRule(tx, { id, days, now });
    const runs = await enqueueRuns(tx, plan.runs);
    await writeAuditLog(tx, {
      actor,
      action: "automation.replay",
      entity: "Automation",
      entityId: id,
      details: { name: rule.name, days, from: from.toISOString(), runs },
      at: now,
    });
    return { id, runs };
  });
}
