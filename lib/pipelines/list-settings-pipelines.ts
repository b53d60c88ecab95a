import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";

/** Every pipeline (archived too) with its stages and how many deals each stage holds. */
export async function listSettingsPipelines(options: { actor: Actor }) {
  assertCan(options.actor, "settings.manage");
  const [pipelines, counts] = await Promise.all([
    db.pipeline.findMany({
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: {
        id: true,
        name: true,
        currency: true,
        archived: true,
        stages: {
          orderBy: { position: "asc" },
          select: { id: true, name: true, position: true, probability: true, rottingDays: true, color: true },
        },
      },
    }),
    db.deal.groupBy({ by: ["stageId", "status"], _count: { _all: true } }),
  ]);
  const countOf = (stageId: string, open: boolean) =>
    counts.filter((c) => c.stageId === stageId && (c.status === "OPEN") === open).reduce((sum, c) => sum + c._count._all, 0);
  return pipelines.map((p) => ({
    ...p,
    stages: p.stages.map((s) => ({ ...s, openDeals: countOf(s.id, true), closedDeals: countOf(s.id, false) })),
  }));
}

export type SettingsPipeline = Awaited<ReturnType<typeof listSettingsPipelines>>[number];
export type SettingsStage = SettingsPipeline["stages"][number];
