import "server-only";
// "Run on past data…", step one: how many runs replaying the rule over the last N days would
// create (nothing is written). The admin confirms that number with replayAutomation.
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { parseSettingsInput } from "@/lib/settings/parse";
import { MAX_REPLAY_RUNS, planReplay } from "@/lib/scheduler/replay-runs";
import { replayPreviewSchema } from "@/lib/validation/automations";
import type { z } from "zod";
import { loadReplayRule } from "./load-replay-rule";

export interface ReplayPreview {
  days: number;
  from: Date;
  /** Runs the replay would create now (0 when everything in the window already ran). */
  runs: number;
  /** False when the window holds more than a replay may take: choose a shorter window. */
  allowed: boolean;
  limit: number;
}

export async function previewAutomationReplay(options: { actor: Actor; input: z.input<typeof replayPreviewSchema>; now?: Date }): Promise<ReplayPreview> {
  assertCan(options.actor, "settings.manage");
  const { id, days } = parseSettingsInput(replayPreviewSchema, options.input);
  const now = options.now ?? new Date();
  const { rule, from } = await loadReplayRule(db, { id, days, now });
  const plan = await planReplay(db, rule, { from, now });
  return { days, from, runs: plan.runs.length, allowed: plan.complete, limit: MAX_REPLAY_RUNS };
}
