import "server-only";
// The rule a replay is about, with its window: it must exist, parse, and be on (the runs of a rule
// that is off are skipped when due, so replaying it would only fill the run log).
import type { Tx } from "@/lib/db-client";
import { AppError } from "@/lib/errors/app-error";
import type { Rule } from "@/lib/scheduler/load-rules";
import { parseActions, parseTrigger } from "@/lib/validation/automations";

const DAY = 86_400_000;

export async function loadReplayRule(db: Tx, options: { id: string; days: number; now: Date }): Promise<{ rule: Rule; from: Date }> {
  const row = await db.automation.findUnique({ where: { id: options.id }, select: { id: true, name: true, active: true, activeSince: true, trigger: true, actions: true } });
  if (!row) throw new AppError("NOT_FOUND", "This automation no longer exists.");
  if (!row.active) throw new AppError("CONFLICT", "Switch the automation on before running it on past data.", { reason: "inactive" });
  const trigger = parseTrigger(row.trigger);
  const actions = parseActions(row.actions);
  if (!trigger || !actions) throw new AppError("VALIDATION", "This automation's rule no longer fits: open it and save it again.");
  return { rule: { id: row.id, name: row.name, activeSince: row.activeSince, trigger, actions }, from: new Date(options.now.getTime() - options.days * DAY) };
}
