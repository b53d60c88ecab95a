import "server-only";
// "Does it work?": of the deals closed since the automation was created (in the pipeline its
// trigger names, or all pipelines), the win rate of those it touched (a run that did at least one
// step) against those it did not. Same period, same pipelines; correlation, not proof.
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { parseTrigger } from "@/lib/validation/automations";

export interface WinRateRow {
  won: number;
  lost: number;
  /** won / (won + lost), null when nothing closed. */
  rate: number | null;
}

const row = (won: number, lost: number): WinRateRow => ({ won, lost, rate: won + lost > 0 ? won / (won + lost) : null });

export async function getConversionStats(options: { actor: Actor; id: string }) {
  assertCan(options.actor, "settings.manage");
  const automation = await db.automation.findUnique({ where: { id: options.id }, select: { createdAt: true, trigger: true } });
  if (!automation) throw new AppError("NOT_FOUND", "This automation no longer exists.");
  const trigger = parseTrigger(automation.trigger);
  const stageId = trigger && "stageId" in trigger ? trigger.stageId : null;
  const pipelineId = trigger?.conditions.pipelineId ?? (stageId ? (await db.stage.findUnique({ where: { id: stageId }, select: { pipelineId: true } }))?.pipelineId : null) ?? null;

  const scope = { closedAt: { gte: automation.createdAt }, status: { in: ["WON" as const, "LOST" as const] }, ...(pipelineId ? { pipelineId } : {}) };
  const touchedRuns = await db.automationRun.findMany({
    where: { automationId: options.id, dealId: { not: null }, OR: [{ status: "DONE" }, { step: { gt: 0 } }] },
    distinct: ["dealId"],
    select: { dealId: true },
  });
  const touchedIds = touchedRuns.map((r) => r.dealId!);
  const [all, touched] = await Promise.all([
    db.deal.groupBy({ by: ["status"], where: scope, _count: { _all: true } }),
    countByStatus(touchedIds, scope),
  ]);
  const total = (status: string) => all.find((g) => g.status === status)?._count._all ?? 0;
  return {
    since: automation.createdAt,
    pipelineId,
    touched: row(touched.WON, touched.LOST),
    untouched: row(total("WON") - touched.WON, total("LOST") - touched.LOST),
  };
}

async function countByStatus(ids: string[], scope: object): Promise<{ WON: number; LOST: number }> {
  const counts = { WON: 0, LOST: 0 };
  for (let start = 0; start < ids.length; start += 500) {
    const groups = await db.deal.groupBy({ by: ["status"], where: { ...scope, id: { in: ids.slice(start, start + 500) } }, _count: { _all: true } });
    for (const g of groups) if (g.status === "WON" || g.status === "LOST") counts[g.status] += g._count._all;
  }
  return counts;
}

export type ConversionStats = Awaited<ReturnType<typeof getConversionStats>>;
