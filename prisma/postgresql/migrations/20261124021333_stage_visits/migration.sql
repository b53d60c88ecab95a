-- CreateTable
CREATE TABLE "StageVisit" (
    "id" TEXT NOT NULL,
    "dealId" TEXT NOT NULL,
    "pipelineId" TEXT NOT NULL,
    "stageId" TEXT NOT NULL,
    "enteredAt" TIMESTAMP(3) NOT NULL,
    "entry" BOOLEAN NOT NULL,
    "revisited" BOOLEAN NOT NULL DEFAULT false,
    "leftAt" TIMESTAMP(3),
    "days" DOUBLE PRECISION,
    "nextStageId" TEXT,
    "nextStatus" "DealStatus",
    "ownerId" TEXT NOT NULL,
    "source" TEXT,

    CONSTRAINT "StageVisit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StageVisit_stage_range_idx" ON "StageVisit"("pipelineId", "stageId", "revisited", "enteredAt", "entry", "leftAt", "days", "nextStatus", "nextStageId", "dealId", "ownerId", "source");

-- CreateIndex
CREATE INDEX "StageVisit_dealId_stageId_idx" ON "StageVisit"("dealId", "stageId");

-- CreateIndex
CREATE INDEX "StageTransition_matrix_idx" ON "StageTransition"("pipelineId", "fromStageId", "toStageId", "fromStatus", "toStatus", "at", "dealId");

-- AddForeignKey
ALTER TABLE "StageVisit" ADD CONSTRAINT "StageVisit_id_fkey" FOREIGN KEY ("id") REFERENCES "StageTransition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageVisit" ADD CONSTRAINT "StageVisit_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageVisit" ADD CONSTRAINT "StageVisit_stageId_fkey" FOREIGN KEY ("stageId") REFERENCES "Stage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageVisit" ADD CONSTRAINT "StageVisit_nextStageId_fkey" FOREIGN KEY ("nextStageId") REFERENCES "Stage"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Backfill: one visit per transition that left a deal open in a stage, ended by the deal's next transition
INSERT INTO "StageVisit" ("id", "dealId", "pipelineId", "stageId", "enteredAt", "entry", "revisited", "leftAt", "days", "nextStageId", "nextStatus", "ownerId", "source")
SELECT m."id", m."dealId", m."pipelineId", m."toStageId", m."at",
  (m."fromStageId" IS NULL OR m."fromStageId" <> m."toStageId"), COUNT(*) OVER (PARTITION BY m."dealId", m."toStageId") > 1,
  m."nextAt", EXTRACT(EPOCH FROM (m."nextAt" - m."at")) / 86400.0, m."nextStageId", m."nextStatus", d."ownerId", d."source"
FROM (
  SELECT t."id", t."dealId", t."pipelineId", t."fromStageId", t."toStageId", t."toStatus", t."at",
    LEAD(t."at") OVER w AS "nextAt", LEAD(t."toStageId") OVER w AS "nextStageId", LEAD(t."toStatus") OVER w AS "nextStatus"
  FROM "StageTransition" t
  WINDOW w AS (PARTITION BY t."dealId" ORDER BY t."at", t."id")
) m
JOIN "Deal" d ON d."id" = m."dealId"
WHERE m."toStatus" = 'OPEN' AND m."toStageId" IS NOT NULL;
