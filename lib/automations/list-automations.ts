import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { parseActions, parseTrigger } from "@/lib/validation/automations";

/** Every automation with its parsed rule and how its runs ended so far. */
export async function listAutomations(options: { actor: Actor }) {
  assertCan(options.actor, "settings.manage");
  const [rows, counts, last] = await Promise.all([
    db.automation.findMany({ orderBy: [{ active: "desc" }, { createdAt: "desc" }], select: { id: true, name: true, active: true, trigger: true, actions: true, createdAt: true } }),
    db.automationRun.groupBy({ by: ["automationId", "status"], _count: { _all: true } }),
    db.automationRun.groupBy({ by: ["automationId"], _max: { createdAt: true } }),
  ]);
  return rows.map((row) => {
    const mine = counts.filter((c) => c.automationId === row.id);
    const count = (status: string) => mine.find((c) => c.status === status)?._count._all ?? 0;
    return {
      id: row.id,
      name: row.name,
      active: row.active,
      createdAt: row.createdAt,
      trigger: parseTrigger(row.trigger),
      actions: parseActions(row.actions) ?? [],
      runs: { total: mine.reduce((sum, c) => sum + c._count._all, 0), done: count("DONE"), failed: count("FAILED"), waiting: count("PENDING") + count("RUNNING") },
      lastRunAt: last.find((l) => l.automationId === row.id)?._max.createdAt ?? null,
    };
  });
}

export type AutomationSummary = Awaited<ReturnType<typeof listAutomations>>[number];
