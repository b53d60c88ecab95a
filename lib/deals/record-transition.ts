// Every StageTransition is written here, with the StageVisit rows it changes (same transaction):
// the transition ends the deal's current visit, and starts a new one when it leaves the deal open
// in a stage. The funnel and time in stage then read visits as rows (docs/metrics.md).
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db-client";
import { sqlDaysBetween } from "@/lib/db-dialect";
import { rebuildStageVisits } from "./rebuild-stage-visits";

type Status = "OPEN" | "WON" | "LOST";

export interface TransitionInput {
  dealId: string;
  pipelineId: string;
  fromStageId?: string | null;
  toStageId: string;
  fromStatus?: Status | null;
  toStatus: Status;
  at: Date;
  byUserId?: string | null;
  lossReasonId?: string | null;
  note?: string | null;
}

/** Status literals are inlined (PostgreSQL then reads them as the enum); only these three exist. */
const statusLiteral = (status: Status) => Prisma.raw(`'${({ OPEN: "OPEN", WON: "WON", LOST: "LOST" } as const)[status]}'`);

export async function recordTransition(tx: Tx, input: TransitionInput): Promise<void> {
  const { id } = await tx.stageTransition.create({ data: input, select: { id: true } });
  // The transition's own "at", as stored: visits then hold exactly what a rebuild from the transitions would.
  const at = Prisma.sql`(SELECT t."at" FROM "StageTransition" t WHERE t."id" = ${id})`;
  // The steps below assume this is the deal's latest transition. One written out of time order (an
  // automation step dated at its tick's start, the clocks of two app instances a little apart)
  // changes nothing here, and the deal's visits are rebuilt instead.
  const latest = Prisma.sql`NOT EXISTS (SELECT 1 FROM "StageTransition" l
    WHERE l."dealId" = ${input.dealId} AND (l."at" > ${at} OR (l."at" = ${at} AND l."id" > ${id})))`;
  const startsVisit = input.toStatus === "OPEN";
  // The visit still going ends here. When a new visit begins in a stage the deal was in before, the
  // earlier visits there become "revisited" (both in one statement: every SET reads the old row).
  const ended = await tx.$executeRaw`
    UPDATE "StageVisit" SET
      "leftAt" = COALESCE("leftAt", ${at}),
      "days" = COALESCE("days", ${sqlDaysBetween(Prisma.sql`"enteredAt"`, at)}),
      "nextStageId" = CASE WHEN "leftAt" IS NULL THEN ${input.toStageId} ELSE "nextStageId" END,
      "nextStatus" = CASE WHEN "leftAt" IS NULL THEN ${statusLiteral(input.toStatus)} ELSE "nextStatus" END,
      "revisited" = CASE WHEN "stageId" = ${startsVisit ? input.toStageId : null} THEN TRUE ELSE "revisited" END
    WHERE "dealId" = ${input.dealId} AND ("leftAt" IS NULL OR "stageId" = ${startsVisit ? input.toStageId : null}) AND ${latest}`;
  // A win or loss ends the visit still going; none ended: out of order (or a deal without visits).
  if (!startsVisit) return ended === 0 ? rebuildStageVisits(tx, [input.dealId]) : undefined;
  const entry = !input.fromStageId || input.fromStageId !== input.toStageId;
  const started = await tx.$executeRaw`
    INSERT INTO "StageVisit" ("id", "dealId", "pipelineId", "stageId", "enteredAt", "entry", "revisited", "ownerId", "source")
    SELECT ${id}, d."id", ${input.pipelineId}, ${input.toStageId}, ${at}, ${Prisma.raw(entry ? "TRUE" : "FALSE")},
      EXISTS (SELECT 1 FROM "StageVisit" v WHERE v."dealId" = d."id" AND v."stageId" = ${input.toStageId}), d."ownerId", d."source"
    FROM "Deal" d WHERE d."id" = ${input.dealId} AND ${latest}`;
  if (started === 0) await rebuildStageVisits(tx, [input.dealId]);
}

/** A deal's visits follow its owner (the analytics filter on them): call with every change of Deal.ownerId. */
export async function setVisitsOwner(tx: Tx, dealIds: readonly string[], ownerId: string): Promise<void> {
  if (dealIds.length === 0) return;
  await tx.stageVisit.updateMany({ where: { dealId: { in: [...dealIds] } }, data: { ownerId } });
}

/** The owner and source a deal's visits carry (analytics filters) after an edit of either; undefined: unchanged. */
export async function syncVisits(tx: Tx, dealId: string, now: { ownerId?: string; source?: string | null }): Promise<void> {
  const data = {
    ...(now.ownerId !== undefined ? { ownerId: now.ownerId } : {}),
    ...(now.source !== undefined ? { source: now.source } : {}),
  };
  if (Object.keys(data).length > 0) await tx.stageVisit.updateMany({ where: { dealId }, data });
}
