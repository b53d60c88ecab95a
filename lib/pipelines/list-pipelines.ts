import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";

/** Active pipelines in their configured order, with their stages (for switchers and forms). */
export async function listPipelines(options: { actor: Actor }) {
  assertCan(options.actor, "board.view");
  return db.pipeline.findMany({
    where: { archived: false },
    orderBy: { position: "asc" },
    select: {
      id: true,
      name: true,
      currency: true,
      stages: { orderBy: { position: "asc" }, select: { id: true, name: true, probability: true } },
    },
  });
}

export type PipelineSummary = Awaited<ReturnType<typeof listPipelines>>[number];
