import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { parseActions, parseTrigger } from "@/lib/validation/automations";
import { parseResult } from "@/lib/scheduler/finish-step";

export const RUN_LOG_SIZE = 50;

/** One automation for its page: the rule (for the form) and its latest runs with their log. */
export async function getAutomation(options: { actor: Actor; id: string }) {
  assertCan(options.actor, "settings.manage");
  const row = await db.automation.findUnique({ where: { id: options.id }, select: { id: true, name: true, active: true, trigger: true, actions: true, createdAt: true } });
  if (!row) throw new AppError("NOT_FOUND", "This automation no longer exists.");
  const runs = await db.automationRun.findMany({
    where: { automationId: row.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: RUN_LOG_SIZE,
    select: { id: true, dealId: true, personId: true, step: true, status: true, dueAt: true, createdAt: true, result: true },
  });
  const dealIds = [...new Set(runs.map((r) => r.dealId).filter((id): id is string => Boolean(id)))];
  const personIds = [...new Set(runs.map((r) => r.personId).filter((id): id is string => Boolean(id)))];
  const [deals, people, total] = await Promise.all([
    db.deal.findMany({ where: { id: { in: dealIds } }, select: { id: true, title: true } }),
    db.person.findMany({ where: { id: { in: personIds } }, select: { id: true, name: true } }),
    db.automationRun.count({ where: { automationId: row.id } }),
  ]);
  return {
    id: row.id,
    name: row.name,
    active: row.active,
    createdAt: row.createdAt,
    trigger: parseTrigger(row.trigger),
    actions: parseActions(row.actions) ?? [],
    totalRuns: total,
    runs: runs.map((r) => ({
      id: r.id,
      status: r.status,
      step: r.step,
      dueAt: r.dueAt,
      createdAt: r.createdAt,
      deal: deals.find((d) => d.id === r.dealId) ?? null,
      person: people.find((p) => p.id === r.personId) ?? null,
      log: parseResult(r.result).log,
    })),
  };
}

export type AutomationDetail = Awaited<ReturnType<typeof getAutomation>>;
